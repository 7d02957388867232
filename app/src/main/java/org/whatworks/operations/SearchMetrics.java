package org.whatworks.operations;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.whatworks.core.search.SearchRequest;

/**
 * Counts every search users make: latency as a Prometheus histogram
 * ({@code whatworks_search_seconds}), how many entries each search found
 * ({@code whatworks_search_results}), and searches that found nothing
 * ({@code whatworks_search_zero_results_total}); first-page queries also go to
 * {@link SearchInsights}. Searches through the {@code EvidenceSearch} bean are recorded
 * automatically; a caller that answers a search from a cache of its own records it here,
 * so that staff see every search, cached or not.
 */
public class SearchMetrics {

	static final String TIMER = "whatworks.search";

	static final String RESULTS = "whatworks.search.results";

	static final String ZERO_RESULTS = "whatworks.search.zero.results";

	private final SearchInsights insights;

	private final SearchHistory history;

	private final Timer timer;

	private final DistributionSummary results;

	private final Counter zeroResults;

	SearchMetrics(MeterRegistry registry, SearchInsights insights, SearchHistory history) {
		this.insights = insights;
		this.history = history;
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

	/**
	 * Records one search.
	 * @param request the search
	 * @param total how many entries it found
	 * @param nanos how long it took to answer, in nanoseconds
	 */
	public void record(SearchRequest request, long total, long nanos) {
		this.timer.record(nanos, TimeUnit.NANOSECONDS);
		this.results.record(total);
		if (total == 0) {
			this.zeroResults.increment();
		}
		if (request.page() == 1) {
			this.insights.record(request.query(), total);
			if (this.history != null) {
				this.history.record(request, total);
			}
		}
	}

}
