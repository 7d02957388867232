package org.whatworks.core.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.NetworkStandard;
import org.whatworks.core.standard.NetworkTerm;
import org.whatworks.core.standard.OutcomeDomain;

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

	private static final float TITLE_BOOST = 5f;

	private static final float SUMMARY_BOOST = 2f;

	private static final float TERMS_BOOST = 2f;

	private static final float SYNONYM_WEIGHT = 0.4f;

	/**
	 * How many of the best matches of the first pass (the words with their synonyms on
	 * `all`, and the title) get the remaining boosts, when sorting by relevance.
	 */
	static final int RESCORE_WINDOW = 300;

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
		Map<String, Set<String>> filters = Snapshot.known(request.filters());
		Run run = run(snapshot, request, text, filters, true);
		// a word the index does not know beside words it does: correct it when the
		// corrected query matches every word, which the query as typed cannot
		Map<String, String> fixes = (run.total == 0 && run.multiWord)
				? QueryUnderstanding.corrections(snapshot.reader(), snapshot.analysis(), text.words()) : Map.of();
		Run respelt = fixes.isEmpty() ? null : run(snapshot, request,
				text.withWords(QueryUnderstanding.corrected(text.words(), fixes)), filters, true);
		if (respelt != null && respelt.total > 0) {
			List<SearchHit> hits = hits(snapshot, request, respelt);
			return new SearchResults(request, respelt.total, hits, facets(snapshot, request, respelt.counts), null,
					QueryUnderstanding.corrected(request.query(), fixes),
					QueryUnderstanding.exactly(request.query(), fixes), understanding.glossaryUsed(request.query()));
		}
		if (run.total < FEW_HITS && run.multiWord) {
			Run any = run(snapshot, request, text, filters, false);
			if (any.total > run.total) {
				run = any;
			}
		}
		String suggestion = null;
		String correctedQuery = null;
		if (run.total < FEW_HITS && !text.words().isBlank()) {
			suggestion = didYouMean(snapshot, text.words());
			if (suggestion != null && run.total == 0) {
				QueryText corrected = new QueryText(suggestion, text.phrases(), text.excludedWords(),
						text.excludedPhrases());
				Run fixed = run(snapshot, request, corrected, filters, true);
				if (fixed.total < FEW_HITS && fixed.multiWord) {
					fixed = run(snapshot, request, corrected, filters, false);
				}
				if (fixed.total > 0) {
					run = fixed;
					fixes = QueryUnderstanding.changed(snapshot.analysis(), text.words(), suggestion);
					correctedQuery = QueryUnderstanding.corrected(request.query(), fixes);
				}
			}
		}
		List<SearchHit> hits = hits(snapshot, request, run);
		return new SearchResults(request, run.total, hits, facets(snapshot, request, run.counts), suggestion,
				correctedQuery, (correctedQuery != null) ? QueryUnderstanding.exactly(request.query(), fixes) : null,
				understanding.glossaryUsed(request.query()));
	}

	private Run run(Snapshot snapshot, SearchRequest request, QueryText text, Map<String, Set<String>> filters,
			boolean allTerms) throws IOException {
		Built built = buildQuery(snapshot, text, allTerms, true);
		try {
			return run(snapshot, request, built, filters);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			// synonyms of many long phrases can expand too far: search without them
			return run(snapshot, request, buildQuery(snapshot, text, allTerms, false), filters);
		}
	}

	private Run run(Snapshot snapshot, SearchRequest request, Built built, Map<String, Set<String>> filters)
			throws IOException {
		boolean relevance = request.sort() == SortOrder.RELEVANCE;
		Sort sort = sort(request, relevance, snapshot.titleOrder());
		int maxDoc = Math.max(1, snapshot.reader().maxDoc());
		int wanted = (int) Math.min((long) request.page() * request.size(), maxDoc);
		boolean scored = relevance && built.highlight != null;
		if (scored && snapshot.reader().maxDoc() < stepsFrom) {
			// a small index: score every match in one pass
			FacetCollector.Result result = snapshot.searcher()
				.search(built.query,
						new FacetCollector.Manager(snapshot, filters, sort, collected(built.rescore, wanted, maxDoc)));
			TopDocs top = (built.rescore != null) ? rescore(snapshot, result.top(), built.rescore) : result.top();
			return new Run(result.total(), top, result.counts(), built.highlight, built.multiWord, true);
		}
		if (!scored) {
			// sorted on doc values (or browsing, where every score is the same): nothing
			// to score, so one pass counts and collects
			FacetCollector.Result result = snapshot.searcher()
				.search(built.query, new FacetCollector.Manager(snapshot, filters, sort, wanted));
			return new Run(result.total(), result.top(), result.counts(), built.highlight, built.multiWord, false);
		}
		return runInSteps(snapshot, built, filters, sort, wanted, maxDoc);
	}

	/**
	 * A relevance search of a large index in three steps. Count: every match needs no
	 * score, so matches are found as bit sets, word by word (no positions read for a
	 * synonym phrase when a word matched). Rank: only the documents that pass the
	 * filters, and only the best few, so Lucene may skip those that cannot make it.
	 * Rescore: the best few get the phrases and boosts left out. One pass that scored
	 * every match to count it cost several times as much on broad queries.
	 */
	private Run runInSteps(Snapshot snapshot, Built built, Map<String, Set<String>> filters, Sort sort, int wanted,
			int maxDoc) throws IOException {
		FacetCollector.Result counted = MatchingDocs.collect(snapshot.searcher(), built.query,
				new FacetCollector.Manager(snapshot, filters));
		TopDocs top;
		if (counted.total() == 0) {
			top = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
		}
		else {
			// phrases (typed, or synonyms of several words) are the dear part of a score:
			// the first pass leaves them out and the rescoring window adds them back, so
			// every hit in the window gets its exact score
			List<Query> phrases = new ArrayList<>();
			BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(new PassingDocsQuery(counted.passing()),
					BooleanClause.Occur.FILTER);
			for (BooleanClause clause : ((BooleanQuery) built.query).clauses()) {
				if (clause.getOccur() == BooleanClause.Occur.MUST || clause.getOccur() == BooleanClause.Occur.SHOULD) {
					Query scoring = withoutPhrases(clause.getQuery(), 1f, phrases);
					if (scoring != null) {
						ranked.add(scoring, BooleanClause.Occur.SHOULD);
					}
				}
			}
			Query rescore = built.rescore;
			if (!phrases.isEmpty()) {
				BooleanQuery.Builder more = new BooleanQuery.Builder();
				if (rescore != null) {
					more.add(rescore, BooleanClause.Occur.SHOULD);
				}
				phrases.forEach((phrase) -> more.add(phrase, BooleanClause.Occur.SHOULD));
				rescore = more.build();
			}
			int collect = collected(rescore, wanted, maxDoc);
			top = snapshot.searcher()
				.search(ranked.build(), new TopFieldCollectorManager(sort, collect, null, collect,
						snapshot.searcher().getSlices().length > 1));
			if (rescore != null) {
				top = rescore(snapshot, top, rescore);
			}
		}
		return new Run(counted.total(), top, counted.counts(), built.highlight, built.multiWord, true);
	}

	/** How many hits the first pass keeps: the rescoring window, or the page's end. */
	private static int collected(Query rescore, int wanted, int maxDoc) {
		return (rescore != null) ? Math.min(Math.max(wanted, RESCORE_WINDOW), maxDoc) : wanted;
	}

	/**
	 * The scoring part of a query without its phrases, every clause optional (the bit set
	 * of matches decides what matches); each phrase removed goes to {@code phrases} with
	 * the boost it had, so that adding their scores gives the query's score. Null if
	 * nothing is left.
	 */
	static Query withoutPhrases(Query query, float boost, List<Query> phrases) {
		if (query instanceof PhraseQuery || query instanceof MultiPhraseQuery) {
			phrases.add((boost == 1f) ? query : new BoostQuery(query, boost));
			return null;
		}
		if (query instanceof BoostQuery boosted) {
			Query inner = withoutPhrases(boosted.getQuery(), boost * boosted.getBoost(), phrases);
			return (inner != null) ? new BoostQuery(inner, boosted.getBoost()) : null;
		}
		if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
			BooleanQuery.Builder scoring = new BooleanQuery.Builder();
			int kept = 0;
			for (BooleanClause clause : bool.clauses()) {
				if (clause.getOccur() == BooleanClause.Occur.MUST || clause.getOccur() == BooleanClause.Occur.SHOULD) {
					Query inner = withoutPhrases(clause.getQuery(), boost, phrases);
					if (inner != null) {
						scoring.add(inner, BooleanClause.Occur.SHOULD);
						kept++;
					}
				}
			}
			return (kept > 0) ? scoring.build() : null;
		}
		return query;
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

	private record Run(long total, TopDocs top, Map<String, Map<String, Long>> counts, Query highlight,
			boolean multiWord, boolean scored) {
	}

	Built buildQuery(Snapshot snapshot, QueryText text, boolean allTerms, boolean synonyms) {
		QueryBuilder builder = new QueryBuilder(synonyms ? snapshot.analysis().query() : snapshot.analysis().index());
		builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		// phrases, typed or implied, match exactly: no synonyms
		QueryBuilder exact = new QueryBuilder(snapshot.analysis().index());
		BooleanQuery.Builder must = new BooleanQuery.Builder();
		// boosts scored for every match (cheap: the title is short) and boosts scored
		// only for the best matches of the first pass (positions and longer fields)
		BooleanQuery.Builder first = new BooleanQuery.Builder();
		BooleanQuery.Builder should = new BooleanQuery.Builder();
		boolean positive = false;
		boolean multiWord = false;
		BooleanQuery.Builder highlightBuilder = new BooleanQuery.Builder();
		if (!text.words().isBlank()) {
			Query words = builder.createBooleanQuery(IndexFields.ALL, text.words(),
					allTerms ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
			if (words != null) {
				// the words with their synonyms decide what matches, and score lowest
				must.add(new BoostQuery(words, SYNONYM_WEIGHT), BooleanClause.Occur.MUST);
				positive = true;
				multiWord = words instanceof BooleanQuery bq && bq.clauses().size() > 1;
				// the words as typed weigh more than their synonyms; all fields are
				// analysed alike, so each field's query is a copy of the one for `all`
				Query typed = exact.createBooleanQuery(IndexFields.ALL, text.words());
				addBoosted(should, typed, 1f);
				if (typed != null) {
					highlightBuilder.add(typed, BooleanClause.Occur.SHOULD);
				}
				addBoosted(first, FieldCopies.onField(typed, IndexFields.TITLE), TITLE_BOOST);
				addBoosted(should, FieldCopies.onField(typed, IndexFields.SUMMARY), SUMMARY_BOOST);
				addBoosted(should, FieldCopies.onField(typed, IndexFields.TERMS), TERMS_BOOST);
				addBoosted(first, FieldCopies.anyWordOnField(words, IndexFields.TITLE), TITLE_BOOST * SYNONYM_WEIGHT);
				if (multiWord) {
					Query near = exact.createPhraseQuery(IndexFields.ALL, text.words(), 2);
					addBoosted(should, FieldCopies.onField(near, IndexFields.TITLE, 1), TITLE_BOOST);
					addBoosted(should, near, 1f);
				}
			}
		}
		for (String phrase : text.phrases()) {
			Query query = exact.createPhraseQuery(IndexFields.ALL, phrase);
			if (query != null) {
				must.add(query, BooleanClause.Occur.MUST);
				highlightBuilder.add(query, BooleanClause.Occur.SHOULD);
				positive = true;
				addBoosted(should, FieldCopies.onField(query, IndexFields.TITLE), TITLE_BOOST);
				addBoosted(should, FieldCopies.onField(query, IndexFields.SUMMARY), SUMMARY_BOOST);
			}
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		Query highlight = null;
		Query rescore = null;
		if (positive) {
			BooleanQuery exactHighlight = highlightBuilder.build();
			BooleanQuery matching = must.build();
			query.add(matching, BooleanClause.Occur.MUST);
			BooleanQuery cheap = first.build();
			if (!cheap.clauses().isEmpty()) {
				query.add(cheap, BooleanClause.Occur.SHOULD);
			}
			BooleanQuery boosts = should.build();
			if (!boosts.clauses().isEmpty()) {
				rescore = boosts;
			}
			highlight = exactHighlight.clauses().isEmpty() ? matching : exactHighlight;
		}
		else {
			query.add(new ConstantScoreQuery(new MatchAllDocsQuery()), BooleanClause.Occur.MUST);
		}
		for (String word : text.excludedWords()) {
			Query excluded = builder.createBooleanQuery(IndexFields.ALL, word);
			if (excluded != null) {
				query.add(excluded, BooleanClause.Occur.MUST_NOT);
			}
		}
		for (String phrase : text.excludedPhrases()) {
			Query excluded = exact.createPhraseQuery(IndexFields.ALL, phrase);
			if (excluded != null) {
				query.add(excluded, BooleanClause.Occur.MUST_NOT);
			}
		}
		return new Built(query.build(), rescore, highlight, multiWord);
	}

	/**
	 * Adds the score of the boosts to each of the first pass's hits and sorts them again
	 * by score, then title rank (the first pass's sort).
	 */
	private static TopDocs rescore(Snapshot snapshot, TopDocs top, Query boosts) throws IOException {
		ScoreDoc[] hits = top.scoreDocs.clone();
		if (hits.length == 0) {
			return top;
		}
		Arrays.sort(hits, Comparator.comparingInt((ScoreDoc hit) -> hit.doc));
		IndexSearcher searcher = snapshot.searcher();
		Weight weight = searcher.createWeight(searcher.rewrite(boosts), ScoreMode.COMPLETE, 1);
		List<LeafReaderContext> leaves = snapshot.reader().leaves();
		int leafIndex = -1;
		int end = 0;
		int base = 0;
		Scorer scorer = null;
		FieldDoc[] rescored = new FieldDoc[hits.length];
		for (int i = 0; i < hits.length; i++) {
			FieldDoc hit = (FieldDoc) hits[i];
			while (hit.doc >= end) {
				leafIndex++;
				LeafReaderContext leaf = leaves.get(leafIndex);
				base = leaf.docBase;
				end = base + leaf.reader().maxDoc();
				scorer = weight.scorer(leaf);
			}
			float score = (hit.fields[0] instanceof Float f) ? f : hit.score;
			int target = hit.doc - base;
			if (scorer != null) {
				DocIdSetIterator iterator = scorer.iterator();
				int at = iterator.docID();
				if (at < target) {
					at = iterator.advance(target);
				}
				if (at == target) {
					score += scorer.score();
				}
			}
			Object[] fields = hit.fields.clone();
			fields[0] = score;
			rescored[i] = new FieldDoc(hit.doc, score, fields, hit.shardIndex);
		}
		Arrays.sort(rescored, RESCORED_ORDER);
		return new TopDocs(top.totalHits, rescored);
	}

	/** Score descending, then the title order of the relevance sort. */
	private static final Comparator<FieldDoc> RESCORED_ORDER = Comparator
		.comparingDouble((FieldDoc hit) -> -(Float) hit.fields[0])
		.thenComparingInt((hit) -> (Integer) hit.fields[1]);

	private static void addBoosted(BooleanQuery.Builder builder, Query query, float boost) {
		if (query != null) {
			builder.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
		}
	}

	static Sort sort(SearchRequest request, boolean relevance, TitleOrder titleOrder) {
		// title then reference: one number breaks every tie
		SortField title = titleOrder.sortField();
		SortField confidence = new SortField(IndexFields.CONFIDENCE_SORT, SortField.Type.LONG, true);
		SortField band = new SortField(IndexFields.BAND_SORT, SortField.Type.LONG);
		return switch (request.sort()) {
			case RELEVANCE -> new Sort(SortField.FIELD_SCORE, title);
			case CONFIDENCE -> new Sort(confidence, title);
			case COST -> new Sort(new SortField(IndexFields.COST_SORT, SortField.Type.LONG), title);
			case IMPACT -> (request.singleCentre() != null)
					? new Sort(new SortField(IndexFields.IMPACT_SORT, SortField.Type.DOUBLE, true), band, title)
					: new Sort(band, confidence, title);
			case TITLE -> new Sort(title);
			case REVIEWED -> new Sort(new SortField(IndexFields.REVIEWED_SORT, SortField.Type.LONG, true), title);
		};
	}

	private List<SearchHit> hits(Snapshot snapshot, SearchRequest request, Run run) throws IOException {
		ScoreDoc[] docs = run.top.scoreDocs;
		int from = (request.page() - 1) * request.size();
		if (from >= docs.length) {
			return List.of();
		}
		int to = Math.min(docs.length, from + request.size());
		int[] ids = new int[to - from];
		for (int i = from; i < to; i++) {
			ids[i - from] = docs[i].doc;
		}
		String[] snippets = (run.highlight != null) ? new Snippets(snapshot).of(run.highlight, ids) : null;
		List<SearchHit> hits = new ArrayList<>(ids.length);
		for (int i = 0; i < ids.length; i++) {
			EvidenceEntry entry = snapshot.entry(ids[i]);
			if (entry == null) {
				continue;
			}
			float score = 0;
			if (run.scored && docs[from + i] instanceof FieldDoc fieldDoc && fieldDoc.fields[0] instanceof Float f) {
				score = f;
			}
			String snippet = (snippets != null) ? snippets[i] : null;
			hits.add(new SearchHit(entry, score,
					(snippet != null && !snippet.isBlank()) ? List.of(snippet) : List.of()));
		}
		return hits;
	}

	private static String didYouMean(Snapshot snapshot, String words) throws IOException {
		DirectSpellChecker checker = new DirectSpellChecker();
		List<String> typed = SearchAnalysis.terms(snapshot.analysis().spell(), IndexFields.SPELL, words);
		boolean changed = false;
		List<String> corrected = new ArrayList<>();
		for (String word : typed) {
			String better = word;
			if (word.length() >= 3 && !word.chars().allMatch(Character::isDigit)
					&& snapshot.reader().docFreq(new Term(IndexFields.SPELL, word)) == 0) {
				SuggestWord[] suggestions = checker.suggestSimilar(new Term(IndexFields.SPELL, word), 1,
						snapshot.reader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
				if (suggestions.length > 0) {
					better = suggestions[0].string;
					changed = true;
				}
			}
			corrected.add(better);
		}
		return changed ? String.join(" ", corrected) : null;
	}

	private static Map<String, FacetResult> facets(Snapshot snapshot, SearchRequest request,
			Map<String, Map<String, Long>> counts) {
		EvidenceCatalogue catalogue = snapshot.catalogue();
		Map<String, FacetResult> facets = new LinkedHashMap<>();
		Map<String, String> centres = new LinkedHashMap<>();
		for (LoadedCentre centre : catalogue.centres()) {
			centres.put(centre.id(), centre.centre().shortName());
		}
		facets.put(Facets.CENTRE, facet(Facets.CENTRE, "Centre", centres, request, counts));
		facets.put(Facets.DOMAIN, facet(Facets.DOMAIN, "Outcome", labels(OutcomeDomain.values()), request, counts));
		facets.put(Facets.LIFE_STAGE,
				facet(Facets.LIFE_STAGE, "Life stage", labels(LifeStage.values()), request, counts));
		facets.put(Facets.APPROACH, facet(Facets.APPROACH, "Approach", labels(ApproachType.values()), request, counts));
		Map<String, String> bands = new LinkedHashMap<>();
		for (EvidenceBand band : EvidenceBand.values()) {
			bands.put(band.name(), band.label());
		}
		facets.put(Facets.BAND, facet(Facets.BAND, "Evidence", bands, request, counts));
		Map<String, String> confidence = new LinkedHashMap<>();
		for (int i = NetworkStandard.CONFIDENCE_LABELS.size() - 1; i >= 0; i--) {
			confidence.put(String.valueOf(i), NetworkStandard.confidenceLabel(i));
		}
		confidence.put("none", NetworkStandard.confidenceLabel(null));
		facets.put(Facets.CONFIDENCE, facet(Facets.CONFIDENCE, "Strength of evidence", confidence, request, counts));
		Map<String, String> cost = new LinkedHashMap<>();
		for (int i = 1; i <= NetworkStandard.COST_BAND_LABELS.size(); i++) {
			cost.put(String.valueOf(i), NetworkStandard.costBandLabel(i));
		}
		cost.put("none", NetworkStandard.costBandLabel(null));
		facets.put(Facets.COST, facet(Facets.COST, "Cost", cost, request, counts));
		String single = request.singleCentre();
		if (single != null) {
			catalogue.centre(single).ifPresent((centre) -> {
				for (Taxonomy taxonomy : centre.definition().taxonomies()) {
					String name = centre.id() + "." + taxonomy.id();
					Map<String, String> terms = new LinkedHashMap<>();
					taxonomy.allTerms().forEach((term) -> terms.putIfAbsent(term.id(), term.label()));
					facets.put(name, facet(name, taxonomy.name(), terms, request, counts));
				}
			});
		}
		return facets;
	}

	private static Map<String, String> labels(NetworkTerm[] terms) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (NetworkTerm term : terms) {
			labels.put(term.name(), term.label());
		}
		return labels;
	}

	private static FacetResult facet(String name, String label, Map<String, String> values, SearchRequest request,
			Map<String, Map<String, Long>> counts) {
		Map<String, Long> facetCounts = counts.getOrDefault(name, Map.of());
		Set<String> selected = request.selected(name);
		List<FacetValue> result = new ArrayList<>();
		values.forEach((value, valueLabel) -> {
			long count = facetCounts.getOrDefault(value, 0L);
			if (count > 0 || selected.contains(value)) {
				result.add(new FacetValue(value, valueLabel, count, selected.contains(value)));
			}
		});
		for (String value : new java.util.TreeSet<>(selected)) {
			if (!values.containsKey(value)) {
				result.add(new FacetValue(value, value, facetCounts.getOrDefault(value, 0L), true));
			}
		}
		return new FacetResult(name, label, result);
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
			EvidenceEntry entry = snapshot.catalogue().entry(ref).orElse(null);
			if (entry == null) {
				return List.of();
			}
			Set<EvidenceEntry> related = new LinkedHashSet<>(snapshot.catalogue().related(entry));
			related.addAll(snapshot.inbound(ref));
			related.remove(entry);
			if (related.size() < limit) {
				related.addAll(similar(snapshot, entry, limit + related.size() + 1));
				related.remove(entry);
			}
			return related.stream().limit(limit).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(snapshot);
		}
	}

	private static List<EvidenceEntry> similar(Snapshot snapshot, EvidenceEntry entry, int limit) throws IOException {
		MoreLikeThis mlt = new MoreLikeThis(snapshot.reader());
		mlt.setAnalyzer(snapshot.analysis().index());
		mlt.setFieldNames(new String[] { IndexFields.ALL });
		mlt.setMinTermFreq(1);
		mlt.setMinDocFreq(2);
		mlt.setMaxDocFreqPct(40);
		mlt.setMaxQueryTerms(40);
		mlt.setBoost(true);
		String text = snapshot.documents().likeText(entry);
		Query like = mlt.like(IndexFields.ALL, new StringReader(text));
		Query query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
			.add(new TermQuery(new Term(IndexFields.CENTRE, entry.centreId())), BooleanClause.Occur.MUST_NOT)
			.build();
		List<EvidenceEntry> similar = new ArrayList<>();
		for (ScoreDoc doc : snapshot.searcher().search(query, limit).scoreDocs) {
			EvidenceEntry found = snapshot.entry(doc.doc);
			if (found != null) {
				similar.add(found);
			}
		}
		return similar;
	}

}
