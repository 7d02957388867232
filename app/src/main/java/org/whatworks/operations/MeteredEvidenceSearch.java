package org.whatworks.operations;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.core.search.SearchResults;
import org.whatworks.core.search.Suggestion;

/**
 * Measures every search: latency as a Prometheus histogram
 * ({@code whatworks_search_seconds}), how many entries each search found
 * ({@code whatworks_search_results}), and searches that found nothing
 * ({@code whatworks_search_zero_results_total}); first-page queries also go to
 * {@link SearchInsights}.
 */
class MeteredEvidenceSearch implements EvidenceSearch {

	static final String TIMER = "whatworks.search";

	static final String RESULTS = "whatworks.search.results";

	static final String ZERO_RESULTS = "whatworks.search.zero.results";

	private final EvidenceSearch delegate;

	private final SearchInsights insights;

	private final Timer timer;

	private final DistributionSummary results;

	private final Counter zeroResults;

	MeteredEvidenceSearch(EvidenceSearch delegate, MeterRegistry registry, SearchInsights insights) {
		this.delegate = delegate;
		this.insights = insights;
		this.timer = Timer.builder(TIMER)
			.description("Time to answer a search")
			.publishPercentileHistogram()
			.register(registry);
		this.results = DistributionSummary.builder(RESULTS)
			.description("Entries found per search")
			.baseUnit("entries")
			.register(registry);
		this.zeroResults = Counter.builder(ZERO_RESULTS).description("Searches that found no entry").register(registry);
	}

	EvidenceSearch delegate() {
		return this.delegate;
	}

	@Override
	public SearchResults search(SearchRequest request) {
		long start = System.nanoTime();
		SearchResults answer = this.delegate.search(request);
		this.timer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
		this.results.record(answer.total());
		if (answer.total() == 0) {
			this.zeroResults.increment();
		}
		if (request.page() == 1) {
			this.insights.record(request.query(), answer.total());
		}
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
