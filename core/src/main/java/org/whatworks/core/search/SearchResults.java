package org.whatworks.core.search;

import java.util.List;
import java.util.Map;

import org.whatworks.core.model.GlossaryTerm;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param request the request answered
 * @param total how many entries match in all
 * @param hits the requested page of results
 * @param facets facets by name, in display order
 * @param suggestion a better spelling of the query when it finds nothing or very little,
 * or null
 * @param correctedQuery when the results are those of a corrected spelling of the query
 * rather than of the query as typed ({@code request().query()}), that corrected query
 * ("Showing results for ..."); otherwise null
 * @param searchInstead when {@code correctedQuery} is set, a query that searches the
 * words as typed without correcting them again ("search instead for ..."); otherwise null
 * @param glossary the glossary terms of the centres that the query used, with what they
 * mean (may be empty)
 */
public record SearchResults(SearchRequest request, long total, List<SearchHit> hits, Map<String, FacetResult> facets,
		String suggestion, String correctedQuery, String searchInstead, List<GlossaryTerm> glossary) {

	public SearchResults {
		hits = List.copyOf(hits);
		glossary = (glossary != null) ? List.copyOf(glossary) : List.of();
	}

	/** Results of the query as typed, without correction or glossary hints. */
	public SearchResults(SearchRequest request, long total, List<SearchHit> hits, Map<String, FacetResult> facets,
			String suggestion) {
		this(request, total, hits, facets, suggestion, null, null, List.of());
	}

	/** The query as the user typed it. */
	public String originalQuery() {
		return this.request.query();
	}

	/** The number of pages. */
	public int pages() {
		return (int) Math.min(SearchRequest.MAX_PAGE, (this.total + this.request.size() - 1) / this.request.size());
	}

}
