package org.whatworks.operations;

import java.util.List;

import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.core.search.SearchResults;
import org.whatworks.core.search.Suggestion;

/**
 * Measures every search made through the {@code EvidenceSearch} bean with
 * {@link SearchMetrics}.
 */
class MeteredEvidenceSearch implements EvidenceSearch {

	private final EvidenceSearch delegate;

	private final SearchMetrics metrics;

	MeteredEvidenceSearch(EvidenceSearch delegate, SearchMetrics metrics) {
		this.delegate = delegate;
		this.metrics = metrics;
	}

	EvidenceSearch delegate() {
		return this.delegate;
	}

	@Override
	public SearchResults search(SearchRequest request) {
		long start = System.nanoTime();
		SearchResults answer = this.delegate.search(request);
		this.metrics.record(request, answer.total(), System.nanoTime() - start);
		return answer;
	}

	@Override
	public List<Suggestion> suggest(String prefix, int limit) {
		return this.delegate.suggest(prefix, limit);
	}

	@Override
	public List<EvidenceEntry> related(EntryRef ref, int limit) {
		return this.delegate.related(ref, limit);
	}

}
