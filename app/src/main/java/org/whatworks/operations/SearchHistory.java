package org.whatworks.operations;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.whatworks.core.search.SearchRequest;

/**
 * Search insights over time, in PostgreSQL: for each day, normalised query, centre filter
 * and names of the filters used, how many searches and how many found nothing. No IP
 * address or anything else about the person is kept. A search only puts a small record on
 * a bounded queue and never waits on the database; a background thread sums the queue and
 * adds it to the day's rows (every replica adds to the same rows). When the queue is full
 * or the database is down, records are dropped and counted in
 * {@code whatworks.search.insights.dropped}.
 * <p>
 * The first results page of each site search is also kept on its own, under a random id:
 * one that found nothing as typed with what the page offered instead
 * ({@link #zeroResult}), one that found entries with how many ({@link #found}); and
 * whether a link on that page was followed ({@link #followed}). The id is all that ties
 * the two, and nothing about the person is kept.
 */
public class SearchHistory implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(SearchHistory.class);

	static final String DROPPED = "whatworks.search.insights.dropped";

	private static final String UPSERT = "INSERT INTO search_daily (day, query, centre, filters, searches, zero_results) "
			+ "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (day, query, centre, filters) DO UPDATE SET "
			+ "searches = search_daily.searches + EXCLUDED.searches, "
			+ "zero_results = search_daily.zero_results + EXCLUDED.zero_results";

	private static final String INSERT_PAGE = "INSERT INTO search_page (id, day, query, centre, offered, found) "
			+ "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";

	private static final String FOLLOWED = "UPDATE search_page SET clicked = TRUE WHERE id = ?";

	private final BlockingQueue<Search> queue;

	private final BlockingQueue<Object> pages;

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Counter dropped;

	private final ScheduledExecutorService writer;

	SearchHistory(JdbcTemplate jdbcTemplate, MeterRegistry registry, int capacity, Duration flushEvery, Clock clock) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = JdbcClient.create(jdbcTemplate);
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.pages = new ArrayBlockingQueue<>(capacity);
		this.clock = clock;
		this.dropped = Counter.builder(DROPPED)
			.description("Search insight records dropped because the queue was full or the database was down")
			.register(registry);
		this.writer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "search-insights-writer");
			thread.setDaemon(true);
			return thread;
		});
		this.writer.scheduleWithFixedDelay(this::flushQuietly, flushEvery.toMillis(), flushEvery.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** Queues one first-page search; never blocks. */
	public void record(SearchRequest request, long total) {
		String query = SearchInsights.normalise(request.query());
		if (query.isEmpty()) {
			return;
		}
		Set<String> centres = request.filters().getOrDefault("centre", Set.of());
		String centre = cut(String.join(",", centres), 64);
		String filters = cut(String.join("+", request.filters().keySet()), 200);
		if (!this.queue.offer(
				new Search(LocalDate.now(this.clock.withZone(ZoneOffset.UTC)), query, centre, filters, total == 0))) {
			this.dropped.increment();
		}
	}

	/**
	 * Queues a site search that found nothing as typed; never blocks.
	 * @param request the search (first page)
	 * @param offered what the page offered instead: the "did you mean" suggestion, or the
	 * corrected query whose results it showed; null if nothing
	 * @return the random id for the links of its results page, or null if the search is
	 * not kept (a blank query, or the queue is full)
	 */
	public UUID zeroResult(SearchRequest request, String offered) {
		return keep(request, (offered != null && !offered.isBlank()) ? SearchInsights.normalise(offered) : null, 0);
	}

	/**
	 * Queues a site search that found entries as typed; never blocks.
	 * @param request the search (first page)
	 * @param total how many entries it found
	 * @return the random id for the links of its results page, or null if the search is
	 * not kept (a blank query, or the queue is full)
	 */
	public UUID found(SearchRequest request, long total) {
		return keep(request, null, (int) Math.min(total, Integer.MAX_VALUE));
	}

	private UUID keep(SearchRequest request, String offered, int found) {
		String query = SearchInsights.normalise(request.query());
		if (query.isEmpty()) {
			return null;
		}
		UUID id = UUID.randomUUID();
		String centre = cut(String.join(",", request.filters().getOrDefault("centre", Set.of())), 64);
		if (!this.pages.offer(
				new KeptPage(id, LocalDate.now(this.clock.withZone(ZoneOffset.UTC)), query, centre, offered, found))) {
			this.dropped.increment();
			return null;
		}
		return id;
	}

	/** Queues that a link of the results page of a kept search was followed. */
	public void followed(UUID id) {
		if (!this.pages.offer(id)) {
			this.dropped.increment();
		}
	}

	private static String cut(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			logger.warn("Search insights not written: " + ex.getMessage());
		}
	}

	/** Writes what is queued now; returns how many searches were written. */
	public synchronized int flush() {
		int kept = flushPages();
		List<Search> drained = new ArrayList<>();
		this.queue.drainTo(drained);
		if (drained.isEmpty()) {
			return kept;
		}
		Map<Search, long[]> sums = new HashMap<>();
		for (Search search : drained) {
			long[] sum = sums.computeIfAbsent(search.key(), (k) -> new long[2]);
			sum[0]++;
			sum[1] += search.zero() ? 1 : 0;
		}
		List<Object[]> rows = new ArrayList<>();
		sums.forEach((key, sum) -> rows
			.add(new Object[] { Date.valueOf(key.day()), key.query(), key.centre(), key.filters(), sum[0], sum[1] }));
		try {
			this.jdbcTemplate.batchUpdate(UPSERT, rows);
		}
		catch (DataAccessException ex) {
			this.dropped.increment(drained.size());
			throw ex;
		}
		return drained.size() + kept;
	}

	private int flushPages() {
		List<Object> drained = new ArrayList<>();
		this.pages.drainTo(drained);
		if (drained.isEmpty()) {
			return 0;
		}
		List<Object[]> searches = new ArrayList<>();
		List<Object[]> followed = new ArrayList<>();
		for (Object item : drained) {
			if (item instanceof KeptPage page) {
				searches.add(new Object[] { page.id(), Date.valueOf(page.day()), page.query(), page.centre(),
						(page.offered() != null) ? cut(page.offered(), 200) : null, page.found() });
			}
			else {
				followed.add(new Object[] { item });
			}
		}
		try {
			// searches first, so a link followed before they were written still counts
			if (!searches.isEmpty()) {
				this.jdbcTemplate.batchUpdate(INSERT_PAGE, searches);
			}
			if (!followed.isEmpty()) {
				this.jdbcTemplate.batchUpdate(FOLLOWED, followed);
			}
		}
		catch (DataAccessException ex) {
			this.dropped.increment(drained.size());
			throw ex;
		}
		return drained.size();
	}

	/** Deletes days before {@code keepFrom}. */
	int purgeBefore(LocalDate keepFrom) {
		return this.jdbc.sql("DELETE FROM search_daily WHERE day < ?").param(Date.valueOf(keepFrom)).update()
				+ this.jdbc.sql("DELETE FROM search_page WHERE day < ?").param(Date.valueOf(keepFrom)).update();
	}

	/**
	 * Site searches that found nothing as typed over the weeks up to today, most first:
	 * what the site offered instead and how many of them had a link followed.
	 * @param weeks how many weeks back, this week included
	 * @param centre only searches filtered to this centre, or every search when null
	 * @param limit how many queries
	 * @return the queries
	 */
	public List<ZeroResultQuery> zeroResultQueries(int weeks, String centre, int limit) {
		String sql = "SELECT query, count(*) AS searches, count(*) FILTER (WHERE clicked) AS followed, "
				+ "(array_agg(offered ORDER BY day DESC) FILTER (WHERE offered IS NOT NULL))[1] AS offered "
				+ "FROM search_page WHERE found = 0 AND day >= ?" + ((centre != null) ? " AND centre = ?" : "")
				+ " GROUP BY query ORDER BY searches DESC, query LIMIT ?";
		return this.jdbc.sql(sql)
			.params(sinceCentreLimit(weeks, centre, limit))
			.query((rs, row) -> new ZeroResultQuery(rs.getString("query"), rs.getString("offered"),
					rs.getLong("searches"), rs.getLong("followed")))
			.list();
	}

	/**
	 * Site searches that found entries as typed but where no result was followed, over
	 * the weeks up to today: the queries with the most such searches first.
	 * @param weeks how many weeks back, this week included
	 * @param centre only searches filtered to this centre, or every search when null
	 * @param limit how many queries
	 * @return the queries
	 */
	public List<UnfollowedQuery> unfollowedQueries(int weeks, String centre, int limit) {
		String sql = "SELECT query, count(*) AS searches, count(*) FILTER (WHERE NOT clicked) AS unfollowed, "
				+ "(array_agg(found ORDER BY day DESC))[1] AS found FROM search_page WHERE found > 0 AND day >= ?"
				+ ((centre != null) ? " AND centre = ?" : "")
				+ " GROUP BY query HAVING count(*) FILTER (WHERE NOT clicked) > 0 ORDER BY unfollowed DESC, query LIMIT ?";
		return this.jdbc.sql(sql)
			.params(sinceCentreLimit(weeks, centre, limit))
			.query((rs, row) -> new UnfollowedQuery(rs.getString("query"), rs.getLong("found"), rs.getLong("searches"),
					rs.getLong("unfollowed")))
			.list();
	}

	/** The parameters of a query over the last weeks, for one centre or all, limited. */
	private List<Object> sinceCentreLimit(int weeks, String centre, int limit) {
		List<Object> params = new ArrayList<>();
		params.add(Date.valueOf(since(weeks)));
		if (centre != null) {
			params.add(centre);
		}
		params.add(limit);
		return params;
	}

	/**
	 * The most searched queries over the weeks up to today, most first.
	 * @param weeks how many weeks back, this week included
	 * @param centre only searches filtered to this centre, or every search when null
	 * @param limit how many queries
	 * @param zeroOnly only queries that found nothing
	 * @return the queries with their counts
	 */
	public List<QueryHistory> queries(int weeks, String centre, int limit, boolean zeroOnly) {
		String sql = "SELECT query, sum(searches) AS searches, sum(zero_results) AS zero_results, "
				+ "count(DISTINCT date_trunc('week', day)) AS weeks, min(day) AS first_day, max(day) AS last_day "
				+ "FROM search_daily WHERE day >= ?" + ((centre != null) ? " AND centre = ?" : "") + " GROUP BY query"
				+ (zeroOnly ? " HAVING sum(zero_results) > 0 ORDER BY zero_results DESC" : " ORDER BY searches DESC")
				+ ", query LIMIT ?";
		return this.jdbc.sql(sql)
			.params(sinceCentreLimit(weeks, centre, limit))
			.query((rs, row) -> new QueryHistory(rs.getString("query"), rs.getLong("searches"),
					rs.getLong("zero_results"), rs.getInt("weeks"), rs.getDate("first_day").toLocalDate(),
					rs.getDate("last_day").toLocalDate()))
			.list();
	}

	/**
	 * Searches and zero-result searches in each week (weeks start on Monday), oldest
	 * first.
	 */
	public List<Week> weekly(int weeks, String centre) {
		LocalDate first = since(weeks);
		Map<LocalDate, Week> byWeek = new LinkedHashMap<>();
		for (int i = 0; i < weeks; i++) {
			LocalDate monday = first.plusWeeks(i);
			byWeek.put(monday, new Week(monday, 0, 0));
		}
		String sql = "SELECT date_trunc('week', day)::date AS week, sum(searches) AS searches, "
				+ "sum(zero_results) AS zero_results FROM search_daily WHERE day >= ?"
				+ ((centre != null) ? " AND centre = ?" : "") + " GROUP BY 1";
		List<Object> params = new ArrayList<>();
		params.add(Date.valueOf(first));
		if (centre != null) {
			params.add(centre);
		}
		this.jdbc.sql(sql).params(params).query((rs) -> {
			LocalDate week = rs.getDate("week").toLocalDate();
			byWeek.put(week, new Week(week, rs.getLong("searches"), rs.getLong("zero_results")));
		});
		return List.copyOf(byWeek.values());
	}

	/** Every daily row of the period, for the CSV download. */
	public List<Map<String, Object>> days(int weeks, String centre) {
		String sql = "SELECT day, query, centre, filters, searches, zero_results FROM search_daily WHERE day >= ?"
				+ ((centre != null) ? " AND centre = ?" : "") + " ORDER BY day, query, centre, filters";
		List<Object> params = new ArrayList<>();
		params.add(Date.valueOf(since(weeks)));
		if (centre != null) {
			params.add(centre);
		}
		return this.jdbc.sql(sql).params(params).query().listOfRows();
	}

	private LocalDate since(int weeks) {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(weeks - 1L);
	}

	@Override
	public void close() {
		this.writer.shutdown();
		flushQuietly();
	}

	private record KeptPage(UUID id, LocalDate day, String query, String centre, String offered, int found) {
	}

	private record Search(LocalDate day, String query, String centre, String filters, boolean zero) {

		Search key() {
			return new Search(this.day, this.query, this.centre, this.filters, false);
		}

	}

	/**
	 * One query over a period.
	 *
	 * @param query the normalised query
	 * @param searches how many searches
	 * @param zeroResults how many of them found nothing
	 * @param weeks in how many weeks it was searched
	 * @param firstDay the first day it was searched in the period
	 * @param lastDay the last day it was searched
	 */
	public record QueryHistory(String query, long searches, long zeroResults, int weeks, LocalDate firstDay,
			LocalDate lastDay) {
	}

	/**
	 * A query that found nothing as typed on the site.
	 *
	 * @param query the normalised query
	 * @param offered what the site offered instead the last time it offered something
	 * ("did you mean", or the corrected query it showed results for), or null if never
	 * @param searches how many searches
	 * @param followed how many of them had a link of their results page followed
	 */
	public record ZeroResultQuery(String query, String offered, long searches, long followed) {
	}

	/**
	 * A query that found entries as typed on the site, where some of its searches had no
	 * result followed.
	 *
	 * @param query the normalised query
	 * @param found how many entries it found the last time it was searched
	 * @param searches how many searches
	 * @param unfollowed how many of them had no link of their results page followed
	 */
	public record UnfollowedQuery(String query, long found, long searches, long unfollowed) {
	}

	/**
	 * One week.
	 *
	 * @param monday the week's first day
	 * @param searches how many searches
	 * @param zeroResults how many found nothing
	 */
	public record Week(LocalDate monday, long searches, long zeroResults) {
	}

}
