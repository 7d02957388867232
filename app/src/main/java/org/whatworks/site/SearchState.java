package org.whatworks.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.web.util.UriComponentsBuilder;
import org.whatworks.core.search.Facets;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.core.search.SortOrder;

/**
 * The whole state of a search page as it travels in the URL, and the URLs of every link
 * that changes it (remove a filter, another page, a spelling suggestion). A centre's page
 * is the same search narrowed to that centre: its path is the centre's, and its links
 * carry every parameter but the centre, which the path implies. The reader's shortlist
 * ({@code e}) rides along on every link that stays on the results and on the links to
 * entries, but not in the search's own address ({@link #url()}: feeds, downloads).
 *
 * @param path {@code /search}, or a centre page's path
 * @param query the query text
 * @param filters selected values per facet, network facets first
 * @param sort the order
 * @param page the 1-based page
 * @param shortlist the shortlist's entry references ({@code centre/id}), often empty
 */
public record SearchState(String path, String query, Map<String, Set<String>> filters, SortOrder sort, int page,
		List<String> shortlist) {

	public SearchState {
		shortlist = List.copyOf(shortlist);
	}

	/** A state with no shortlist. */
	public SearchState(String path, String query, Map<String, Set<String>> filters, SortOrder sort, int page) {
		this(path, query, filters, sort, page, List.of());
	}

	/** Results per page. */
	public static final int PAGE_SIZE = 20;

	static final String SEARCH = SitePaths.SEARCH;

	/** A state of the search page itself. */
	public SearchState(String query, Map<String, Set<String>> filters, SortOrder sort, int page) {
		this(SEARCH, query, filters, sort, page);
	}

	public SearchRequest request() {
		return new SearchRequest(this.query, this.filters, this.sort, this.page, PAGE_SIZE);
	}

	/** This search's URL, without the shortlist. */
	public String url() {
		return url(this.query, this.filters, this.sort, this.page, List.of());
	}

	/** The same search holding a shortlist. */
	public SearchState withShortlist(List<String> refs) {
		return new SearchState(this.path, this.query, this.filters, this.sort, this.page, refs);
	}

	/** The URL of an entry's page, keeping the shortlist. */
	public String entry(String centreId, String entryId) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(SitePaths.entry(centreId, entryId));
		this.shortlist.forEach((ref) -> builder.queryParam("e", ref));
		return builder.encode().build().toUriString();
	}

	/**
	 * The URL of all of this search's results as a download: {@code csv} or {@code json}.
	 */
	public String download(String format) {
		return "/data/search." + format + inSearch().substring(SEARCH.length());
	}

	/**
	 * The address of this search's Atom feed: the same words and filters; not the page or
	 * sort, since a feed lists what is new, newest first.
	 */
	public String feed() {
		return "/search.atom"
				+ new SearchState(this.query, this.filters, SortOrder.RELEVANCE, 1).url().substring(SEARCH.length());
	}

	/** The URL of this search on the search page, back on page 1. */
	public String inSearch() {
		return new SearchState(this.query, this.filters, this.sort, 1).url();
	}

	/** The URL of another page of this search. */
	public String page(int page) {
		return url(this.query, this.filters, this.sort, page, this.shortlist);
	}

	/** The URL of this search without one filter value, back on page 1. */
	public String without(String facet, String value) {
		Map<String, Set<String>> copy = copy();
		Set<String> values = copy.get(facet);
		if (values != null) {
			values.remove(value);
			if (values.isEmpty()) {
				copy.remove(facet);
			}
		}
		return url(this.query, copy, this.sort, 1, this.shortlist);
	}

	/** The URL of this search with other query text, back on page 1. */
	public String withQuery(String query) {
		return url(query, this.filters, this.sort, 1, this.shortlist);
	}

	/** The URL of this search with every filter cleared. */
	public String withoutFilters() {
		return url(this.query, Map.of(), this.sort, 1, this.shortlist);
	}

	/** Whether any filter is selected. */
	public boolean filtered() {
		return !this.filters.isEmpty();
	}

	/** The selected (facet, value) pairs in display order. */
	public List<String[]> selections() {
		List<String[]> pairs = new ArrayList<>();
		this.filters.forEach((facet, values) -> values.forEach((value) -> pairs.add(new String[] { facet, value })));
		return pairs;
	}

	private Map<String, Set<String>> copy() {
		Map<String, Set<String>> copy = new LinkedHashMap<>();
		this.filters.forEach((facet, values) -> copy.put(facet, new LinkedHashSet<>(values)));
		return copy;
	}

	private String url(String query, Map<String, Set<String>> filters, SortOrder sort, int page,
			List<String> shortlist) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(this.path);
		if (query != null && !query.isBlank()) {
			builder.queryParam("q", query);
		}
		boolean centrePage = !SEARCH.equals(this.path);
		ordered(filters).forEach((facet, values) -> {
			if (!(centrePage && Facets.CENTRE.equals(facet))) {
				values.forEach((value) -> builder.queryParam(facet, value));
			}
		});
		if (sort != null && sort != SortOrder.RELEVANCE) {
			builder.queryParam("sort", sort.name().toLowerCase(java.util.Locale.ROOT));
		}
		if (page > 1) {
			builder.queryParam("page", page);
		}
		shortlist.forEach((ref) -> builder.queryParam("e", ref));
		return builder.encode().build().toUriString();
	}

	/**
	 * Filters with network facets first, in display order, then centre taxonomies by
	 * name.
	 */
	static Map<String, Set<String>> ordered(Map<String, Set<String>> filters) {
		Map<String, Set<String>> ordered = new LinkedHashMap<>();
		for (String facet : Facets.NETWORK) {
			if (filters.containsKey(facet)) {
				ordered.put(facet, filters.get(facet));
			}
		}
		new TreeMap<>(filters).forEach((facet, values) -> ordered.putIfAbsent(facet, values));
		return ordered;
	}

}
