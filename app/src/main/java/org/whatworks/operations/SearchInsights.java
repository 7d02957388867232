package org.whatworks.operations;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What people searched for since the site started: the most frequent queries and the
 * queries that found nothing. Queries are counted case-insensitively with spaces
 * collapsed; only first pages of non-blank queries count, so paging through results is
 * one search. Memory is bounded: past {@value #MAX_DISTINCT} distinct queries, new ones
 * are counted only in the totals.
 */
public class SearchInsights {

	static final int MAX_DISTINCT = 5_000;

	static final int MAX_QUERY_LENGTH = 200;

	private final Map<String, LongAdder> queries = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> zeroResults = new ConcurrentHashMap<>();

	private final LongAdder searches = new LongAdder();

	private final LongAdder zeroResultSearches = new LongAdder();

	private final Instant since = Instant.now();

	/** Records one search of what a user typed and how many entries it found. */
	public void record(String query, long total) {
		String normalised = normalise(query);
		if (normalised.isEmpty()) {
			return;
		}
		this.searches.increment();
		count(this.queries, normalised);
		if (total == 0) {
			this.zeroResultSearches.increment();
			count(this.zeroResults, normalised);
		}
	}

	private static void count(Map<String, LongAdder> counts, String query) {
		LongAdder adder = counts.get(query);
		if (adder == null) {
			if (counts.size() >= MAX_DISTINCT) {
				return;
			}
			adder = counts.computeIfAbsent(query, (q) -> new LongAdder());
		}
		adder.increment();
	}

	static String normalise(String query) {
		if (query == null) {
			return "";
		}
		// control characters (a NUL above all, which PostgreSQL refuses in text and which
		// would lose the whole batch of insights) become spaces
		String text = query.replaceAll("\\p{Cntrl}", " ").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return (text.length() > MAX_QUERY_LENGTH) ? text.substring(0, MAX_QUERY_LENGTH) : text;
	}

	/** The most searched queries, most frequent first. */
	public List<QueryCount> top(int limit) {
		return sorted(this.queries, limit);
	}

	/** The queries that found nothing, most frequent first. */
	public List<QueryCount> zeroResults(int limit) {
		return sorted(this.zeroResults, limit);
	}

	private static List<QueryCount> sorted(Map<String, LongAdder> counts, int limit) {
		return counts.entrySet()
			.stream()
			.map((e) -> new QueryCount(e.getKey(), e.getValue().sum()))
			.sorted(Comparator.comparingLong(QueryCount::count).reversed().thenComparing(QueryCount::query))
			.limit(limit)
			.toList();
	}

	/** How many searches were recorded. */
	public long searches() {
		return this.searches.sum();
	}

	/** How many recorded searches found nothing. */
	public long zeroResultSearches() {
		return this.zeroResultSearches.sum();
	}

	/** When counting started. */
	public Instant since() {
		return this.since;
	}

	/**
	 * A query and how often it was searched.
	 *
	 * @param query the query, lower case with spaces collapsed
	 * @param count how many times
	 */
	public record QueryCount(String query, long count) {
	}

}
