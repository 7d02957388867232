package org.whatworks.core.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;

/**
 * {@link EvidenceSearch} over a Lucene index of an {@link EvidenceCatalogue}. The index
 * and the catalogue it was built from form one immutable snapshot; {@link #replace}
 * builds a new snapshot off to the side and swaps it in atomically, so a search never
 * sees a half-built index, and the old one closes when the last search using it ends.
 * Thread-safe.
 */
public final class LuceneEvidenceSearch implements EvidenceSearch, Closeable {

	/** Below this many hits when every word must match, any word may match instead. */
	static final int FEW_HITS = 3;

	/**
	 * From this many documents a relevance search counts, ranks and rescores in separate
	 * steps; below it one pass that scores every match is cheaper (fewer weights to build
	 * per search). Not final so that checks can run both ways.
	 */
	static volatile int stepsFrom = 20_000;

	private final SearchSettings settings;

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	private final AtomicLong generation = new AtomicLong();

	private final Object writer = new Object();

	/** Searches the two halves of a large index in parallel; null on one core. */
	private final ExecutorService slices;

	private volatile boolean closed;

	/** Searches (and other reads) running now; the executor shuts down when none are. */
	private final AtomicInteger inFlight = new AtomicInteger();

	/** Builds an in-memory index of a catalogue. */
	public LuceneEvidenceSearch(EvidenceCatalogue catalogue) {
		this(catalogue, SearchSettings.inMemory());
	}

	/** Builds an index of a catalogue kept as the settings say. */
	public LuceneEvidenceSearch(EvidenceCatalogue catalogue, SearchSettings settings) {
		this.settings = (settings != null) ? settings : SearchSettings.inMemory();
		this.slices = (Runtime.getRuntime().availableProcessors() > 1) ? Executors.newFixedThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "search-slice");
			thread.setDaemon(true);
			return thread;
		}) : null;
		try {
			this.current.set(Snapshot.build(catalogue, this.settings, this.generation.incrementAndGet(), this.slices));
		}
		catch (RuntimeException ex) {
			if (this.slices != null) {
				this.slices.shutdown();
			}
			throw ex;
		}
	}

	/**
	 * Rebuilds the index from a new catalogue and swaps it in atomically. Searches
	 * running meanwhile finish on the old snapshot. Only one rebuild runs at a time.
	 * @param catalogue the new content
	 */
	public void replace(EvidenceCatalogue catalogue) {
		synchronized (this.writer) {
			if (this.closed) {
				throw new IllegalStateException("The search is closed");
			}
			Snapshot next = Snapshot.build(catalogue, this.settings, this.generation.incrementAndGet(), this.slices);
			Snapshot previous = this.current.getAndSet(next);
			previous.release();
		}
	}

	/** The catalogue the current index was built from. */
	public EvidenceCatalogue catalogue() {
		return this.current.get().catalogue();
	}

	/**
	 * Runs work against the current index searcher, for diagnostics and benchmarks. The
	 * searcher must not be used after the work returns.
	 */
	public <T> T withSearcher(Function<IndexSearcher, T> work) {
		Snapshot snapshot = acquire();
		try {
			return work.apply(snapshot.searcher());
		}
		finally {
			release(snapshot);
		}
	}

	/**
	 * Closes the search: new searches fail, searches already running finish (on their
	 * snapshot, with the slice executor, which shuts down when the last one ends).
	 */
	@Override
	public void close() {
		synchronized (this.writer) {
			if (!this.closed) {
				this.closed = true;
				this.current.get().release();
				if (this.inFlight.get() == 0) {
					shutDownSlices();
				}
			}
		}
	}

	private void shutDownSlices() {
		if (this.slices != null) {
			this.slices.shutdown();
		}
	}

	/** True once the slice executor has been shut down (or there is none). */
	boolean slicesShutDown() {
		return this.slices == null || this.slices.isShutdown();
	}

	private Snapshot acquire() {
		this.inFlight.incrementAndGet();
		while (true) {
			if (this.closed) {
				leave();
				throw new IllegalStateException("The search is closed");
			}
			Snapshot snapshot = this.current.get();
			if (snapshot.acquire()) {
				return snapshot;
			}
		}
	}

	private void release(Snapshot snapshot) {
		snapshot.release();
		leave();
	}

	private void leave() {
		if (this.inFlight.decrementAndGet() == 0 && this.closed) {
			shutDownSlices();
		}
	}

	@Override
	public SearchResults search(SearchRequest request) {
		Snapshot snapshot = acquire();
		try {
			return search(snapshot, request);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(snapshot);
		}
	}

	private SearchResults search(Snapshot snapshot, SearchRequest request) throws IOException {
		QueryUnderstanding understanding = snapshot.analysis().understanding();
		QueryText text = understanding.strip(QueryText.parse(request.query()));
		Map<String, Set<String>> filters = known(request.filters());
		// a word the index does not know beside words it does: correct it when the
		// corrected query matches every word, which the query as typed cannot
		Map<String, String> fixes = (text.words().strip().contains(" "))
				? QueryUnderstanding.corrections(snapshot.reader(), snapshot.analysis(), text.words()) : Map.of();
		if (!fixes.isEmpty() && QueryUnderstanding.corrected(text.words(), fixes).equals(text.words())) {
			// a correction of a word the text does not hold as one word ("they're"):
			// nothing to show as corrected
			fixes = Map.of();
		}
		QueryRunner.Run respelt = fixes.isEmpty() ? null : run(snapshot, request,
				text.withWords(QueryUnderstanding.corrected(text.words(), fixes)), filters, true);
		if (respelt != null && respelt.total() > 0) {
			List<SearchHit> hits = SearchHits.of(snapshot, request, respelt);
			return new SearchResults(request, respelt.total(), hits, facets(snapshot, request, respelt.counts()), null,
					QueryUnderstanding.corrected(request.query(), fixes),
					QueryUnderstanding.exactly(request.query(), fixes), understanding.glossaryUsed(request.query()));
		}
		QueryRunner.Run run = wordsRun(snapshot, request, text, filters);
		String suggestion = null;
		String correctedQuery = null;
		if (run.total() < FEW_HITS && !text.words().isBlank()) {
			suggestion = DidYouMean.of(snapshot, text.words());
			if (suggestion != null && run.total() == 0) {
				QueryText corrected = new QueryText(suggestion, text.phrases(), text.excludedWords(),
						text.excludedPhrases());
				QueryRunner.Run fixed = run(snapshot, request, corrected, filters, true);
				if (fixed.total() < FEW_HITS && fixed.multiWord()) {
					fixed = run(snapshot, request, corrected, filters, false);
				}
				if (fixed.total() > 0) {
					run = fixed;
					fixes = QueryUnderstanding.changed(snapshot.analysis(), text.words(), suggestion);
					correctedQuery = QueryUnderstanding.corrected(request.query(), fixes);
				}
			}
		}
		List<SearchHit> hits = SearchHits.of(snapshot, request, run);
		return new SearchResults(request, run.total(), hits, facets(snapshot, request, run.counts()), suggestion,
				correctedQuery, (correctedQuery != null) ? QueryUnderstanding.exactly(request.query(), fixes) : null,
				understanding.glossaryUsed(request.query()));
	}

	/**
	 * The run with every word required or, when fewer than {@link #FEW_HITS} match that
	 * way and more match any word, the run with any word. Several words that are seldom
	 * all found together are common, so the matches of every word are counted first, up
	 * to {@link #FEW_HITS} (no scores, no rescoring, and for most queries a handful of
	 * documents), and a run that would be thrown away is not made.
	 */
	private QueryRunner.Run wordsRun(Snapshot snapshot, SearchRequest request, QueryText text,
			Map<String, Set<String>> filters) throws IOException {
		// analysed once for both runs: analysis with synonyms is a good part of a search
		QueryPlanner.Analysed analysed = QueryPlanner.analyse(snapshot.analysis(), text, true);
		Built all = analysed.plan(true);
		if (all.multiWord()) {
			long every = countUpTo(snapshot, all, filters, FEW_HITS);
			if (every >= 0 && every < FEW_HITS) {
				QueryRunner.Run any = run(snapshot, request, text, filters, false, analysed.plan(false));
				if (any.total() > every) {
					return any;
				}
			}
		}
		QueryRunner.Run run = run(snapshot, request, text, filters, true, all);
		if (run.total() < FEW_HITS && run.multiWord()) {
			QueryRunner.Run any = run(snapshot, request, text, filters, false, analysed.plan(false));
			if (any.total() > run.total()) {
				run = any;
			}
		}
		return run;
	}

	/**
	 * How many documents match a query and pass the filters; -1 if it has too many
	 * clauses.
	 */
	/**
	 * How many documents match and pass the filters, counted only up to {@code limit}: a
	 * query whose words are found together reaches the limit within its first few
	 * matches, so only the rare query that does not pays for a full pass. -1 if the query
	 * has too many clauses to run.
	 */
	private static long countUpTo(Snapshot snapshot, Built built, Map<String, Set<String>> filters, int limit)
			throws IOException {
		IndexSearcher searcher = snapshot.searcher();
		try {
			Weight weight = searcher.createWeight(searcher.rewrite(built.query()), ScoreMode.COMPLETE_NO_SCORES, 1);
			FacetCollector counted = new FacetCollector.Manager(snapshot, filters).newCollector();
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				BulkScorer scorer = weight.bulkScorer(leaf);
				if (scorer == null) {
					continue;
				}
				LeafCollector counting = counted.getLeafCollector(leaf);
				try {
					scorer.score(new FilterLeafCollector(counting) {
						@Override
						public void collect(int doc) throws IOException {
							super.collect(doc);
							if (counted.total() >= limit) {
								throw new CollectionTerminatedException();
							}
						}
					}, leaf.reader().getLiveDocs());
				}
				catch (CollectionTerminatedException ex) {
					return limit;
				}
			}
			return counted.total();
		}
		catch (IndexSearcher.TooManyClauses ex) {
			return -1;
		}
	}

	private QueryRunner.Run run(Snapshot snapshot, SearchRequest request, QueryText text,
			Map<String, Set<String>> filters, boolean allTerms) throws IOException {
		return run(snapshot, request, text, filters, allTerms, buildQuery(snapshot, text, allTerms, true));
	}

	private QueryRunner.Run run(Snapshot snapshot, SearchRequest request, QueryText text,
			Map<String, Set<String>> filters, boolean allTerms, Built built) throws IOException {
		try {
			return QueryRunner.run(snapshot, request, built, filters);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			// synonyms of many long phrases can expand too far: search without them
			return QueryRunner.run(snapshot, request, buildQuery(snapshot, text, allTerms, false), filters);
		}
	}

	/**
	 * The query to run, the boosts added to the score of its best matches when sorting by
	 * relevance (or null), the query to highlight (null when browsing) and its shape. The
	 * score of a document is the same as that of the query and the boosts as one boolean
	 * query; only documents past the rescoring window of the first pass are never
	 * rescored.
	 */
	record Built(Query query, Query rescore, Query highlight, boolean multiWord) {
	}

	Built buildQuery(Snapshot snapshot, QueryText text, boolean allTerms, boolean synonyms) {
		return QueryPlanner.plan(snapshot.analysis(), text, allTerms, synonyms);
	}

	private static Map<String, Set<String>> known(Map<String, Set<String>> filters) {
		Map<String, Set<String>> known = new LinkedHashMap<>();
		filters.forEach((name, values) -> {
			if (Facets.isValidName(name)) {
				known.put(name, values);
			}
		});
		return known;
	}

	private static Map<String, FacetResult> facets(Snapshot snapshot, SearchRequest request,
			Map<String, Map<String, Long>> counts) {
		return SearchVocabulary.of(snapshot.catalogue()).results(request, counts);
	}

	@Override
	public List<Suggestion> suggest(String prefix, int limit) {
		Snapshot snapshot = acquire();
		try {
			return snapshot.suggester().suggest(prefix, Math.min(limit, 50));
		}
		finally {
			release(snapshot);
		}
	}

	@Override
	public List<EvidenceEntry> related(EntryRef ref, int limit) {
		if (ref == null || limit <= 0) {
			return List.of();
		}
		Snapshot snapshot = acquire();
		try {
			return RelatedEntries.of(snapshot, ref, limit);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(snapshot);
		}
	}

}
