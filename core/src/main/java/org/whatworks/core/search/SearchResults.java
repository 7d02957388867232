package org.whatworks.core.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param request the request answered
 * @param total how many entries match in all
 * @param hits the requested page of results
 * @param facets facets by name, in display order
 * @param suggestion a better spelling of the query when it finds nothing or very little,
 * or null
 */
public record SearchResults(SearchRequest request, long total, List<SearchHit> hits, Map<String, FacetResult> facets,
		String suggestion) {

	public SearchResults {
		hits = List.copyOf(hits);
	}

	/** The number of pages. */
	public int pages() {
		return (int) Math.min(SearchRequest.MAX_PAGE, (this.total + this.request.size() - 1) / this.request.size());
	}

}
