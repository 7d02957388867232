package org.whatworks.core.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One search. Any query text is accepted: quotes make phrases, a leading minus excludes a
 * word, and whatever does not parse is searched as plain words; blank browses everything.
 *
 * @param query what the user typed, possibly blank
 * @param filters selected values per facet name (see {@link Facets}); values within a
 * facet are OR-ed, facets are AND-ed. Kept in name and value order, so that equal
 * requests read (and print, and make links) the same in every run
 * @param sort the order
 * @param page the 1-based page
 * @param size results per page, 1 to {@link #MAX_SIZE}
 */
public record SearchRequest(String query, Map<String, Set<String>> filters, SortOrder sort, int page, int size) {

	/** The largest page size. */
	public static final int MAX_SIZE = 100;

	/** The deepest page that can be asked for. */
	public static final int MAX_PAGE = 1000;

	/** The longest query accepted; longer text is cut. */
	public static final int MAX_QUERY_LENGTH = 500;

	public SearchRequest {
		query = (query != null) ? query.strip() : "";
		if (query.length() > MAX_QUERY_LENGTH) {
			query = query.substring(0, MAX_QUERY_LENGTH);
		}
		TreeMap<String, Set<String>> copy = new TreeMap<>();
		if (filters != null) {
			filters.forEach((name, values) -> {
				if (values != null && !values.isEmpty()) {
					copy.put(name, Collections.unmodifiableSortedSet(new TreeSet<>(values)));
				}
			});
		}
		filters = Collections.unmodifiableSortedMap(copy);
		sort = (sort != null) ? sort : SortOrder.RELEVANCE;
		if (page < 1 || page > MAX_PAGE) {
			throw new IllegalArgumentException("page must be from 1 to " + MAX_PAGE);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be from 1 to " + MAX_SIZE);
		}
	}

	/** A first page of 20 results for a query, with no filters. */
	public static SearchRequest of(String query) {
		return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 1, 20);
	}

	/** This request with one more filter value. */
	public SearchRequest withFilter(String facet, String value) {
		Map<String, Set<String>> copy = new TreeMap<>(this.filters);
		Set<String> values = new TreeSet<>(copy.getOrDefault(facet, Set.of()));
		values.add(value);
		copy.put(facet, values);
		return new SearchRequest(this.query, copy, this.sort, this.page, this.size);
	}

	/** The selected values of one facet, empty if none. */
	public Set<String> selected(String facet) {
		return this.filters.getOrDefault(facet, Set.of());
	}

	/** The single centre the search is narrowed to, if exactly one is selected. */
	public String singleCentre() {
		Set<String> centres = selected(Facets.CENTRE);
		return (centres.size() == 1) ? centres.iterator().next() : null;
	}

	/** Facet names in filters that are not valid facet names. */
	public List<String> unknownFacets() {
		return this.filters.keySet().stream().filter((name) -> !Facets.isValidName(name)).toList();
	}

}
