package org.whatworks.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Finds every document a query matches, without scores, as one bit set per segment, and
 * feeds them to a {@link FacetCollector}. Counting a broad query this way reads each
 * term's postings straight through into a bit set and combines the sets word by word,
 * instead of leap-frogging a conjunction of disjunctions document by document; a phrase
 * (a synonym of several words) is checked only on documents no other alternative has
 * matched already. Same matches as the query itself, for the query shapes the search
 * builds: terms, synonyms, boolean queries (without a minimum to match), boosts, constant
 * scores, match-all; anything else is matched through its own weight.
 */
final class MatchingDocs {

	private final IndexSearcher searcher;

	private final Query query;

	/** Weights of the queries matched through their own weight, made once per search. */
	private final Map<Query, Weight> weights = new IdentityHashMap<>();

	private MatchingDocs(IndexSearcher searcher, Query query) throws IOException {
		this.searcher = searcher;
		this.query = searcher.rewrite(query);
		prepare(this.query);
	}

	/**
	 * Collects every match of a query into the collectors of a manager, one collector per
	 * slice of the searcher, the slices in parallel when the searcher has an executor.
	 */
	static FacetCollector.Result collect(IndexSearcher searcher, Query query, FacetCollector.Manager manager)
			throws IOException {
		MatchingDocs matching = new MatchingDocs(searcher, query);
		List<Callable<FacetCollector>> tasks = new ArrayList<>();
		for (IndexSearcher.LeafSlice slice : searcher.getSlices()) {
			tasks.add(() -> {
				FacetCollector collector = manager.newCollector();
				for (LeafReaderContext leaf : slice.leaves) {
					FixedBitSet docs = matching.matches(leaf);
					LeafCollector leafCollector = collector.getLeafCollector(leaf);
					if (docs == null || (leafCollector instanceof FacetCollector.Counting counting
							&& counting.collectAll(docs))) {
						continue;
					}
					BitSetIterator iterator = new BitSetIterator(docs, 0);
					for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
						leafCollector.collect(doc);
					}
				}
				return collector;
			});
		}
		return manager.reduce(searcher.getTaskExecutor().invokeAll(tasks));
	}

	/** The documents a query matches in each segment of a searcher (null for none). */
	static List<FixedBitSet> perSegment(IndexSearcher searcher, Query query) throws IOException {
		MatchingDocs matching = new MatchingDocs(searcher, query);
		List<FixedBitSet> segments = new ArrayList<>();
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			segments.add(matching.matches(leaf));
		}
		return segments;
	}

	/** The live documents of a segment the query matches, or null if none. */
	FixedBitSet matches(LeafReaderContext leaf) throws IOException {
		FixedBitSet docs = evaluate(this.query, leaf, null);
		if (docs != null) {
			Bits live = leaf.reader().getLiveDocs();
			if (live != null) {
				for (int doc = 0; doc < docs.length(); doc++) {
					if (!live.get(doc)) {
						docs.clear(doc);
					}
				}
			}
		}
		return docs;
	}

	private void prepare(Query query) throws IOException {
		Query inner = unwrap(query);
		if (inner instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
			for (BooleanClause clause : bool.clauses()) {
				prepare(clause.getQuery());
			}
		}
		else if (!(inner instanceof TermQuery || inner instanceof SynonymQuery || inner instanceof MatchAllDocsQuery)) {
			this.weights.put(inner, this.searcher.createWeight(inner, ScoreMode.COMPLETE_NO_SCORES, 1));
		}
	}

	private static Query unwrap(Query query) {
		Query inner = query;
		while (true) {
			if (inner instanceof BoostQuery boost) {
				inner = boost.getQuery();
			}
			else if (inner instanceof ConstantScoreQuery constant) {
				inner = constant.getQuery();
			}
			else {
				return inner;
			}
		}
	}

	/**
	 * The documents of a segment a query matches (null for none). {@code known}, when
	 * given, holds documents already matched by an alternative: they need no checking and
	 * may be left out.
	 */
	private FixedBitSet evaluate(Query query, LeafReaderContext leaf, FixedBitSet known) throws IOException {
		int maxDoc = leaf.reader().maxDoc();
		Query inner = unwrap(query);
		if (inner instanceof MatchAllDocsQuery) {
			FixedBitSet all = new FixedBitSet(maxDoc);
			all.set(0, maxDoc);
			return all;
		}
		if (inner instanceof TermQuery term) {
			FixedBitSet docs = new FixedBitSet(maxDoc);
			return orPostings(term.getTerm(), leaf, docs) ? docs : null;
		}
		if (inner instanceof SynonymQuery synonyms) {
			FixedBitSet docs = new FixedBitSet(maxDoc);
			boolean any = false;
			for (Term term : synonyms.getTerms()) {
				any |= orPostings(term, leaf, docs);
			}
			return any ? docs : null;
		}
		if (inner instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
			return evaluate(bool, leaf);
		}
		return viaWeight(this.weights.get(inner), leaf, known);
	}

	private FixedBitSet evaluate(BooleanQuery bool, LeafReaderContext leaf) throws IOException {
		List<Query> required = new ArrayList<>();
		List<Query> optional = new ArrayList<>();
		List<Query> excluded = new ArrayList<>();
		for (BooleanClause clause : bool.clauses()) {
			switch (clause.getOccur()) {
				case MUST, FILTER -> required.add(clause.getQuery());
				case SHOULD -> optional.add(clause.getQuery());
				case MUST_NOT -> excluded.add(clause.getQuery());
			}
		}
		FixedBitSet docs = null;
		if (!required.isEmpty()) {
			// with a required clause, optional clauses only score
			for (Query clause : required) {
				FixedBitSet matches = evaluate(clause, leaf, null);
				if (matches == null) {
					return null;
				}
				if (docs == null) {
					docs = matches;
				}
				else {
					docs.and(matches);
				}
			}
		}
		else {
			// the cheap alternatives first, so phrases are checked only where needed
			List<Query> ordered = new ArrayList<>();
			optional.stream().filter((clause) -> !this.weights.containsKey(unwrap(clause))).forEach(ordered::add);
			optional.stream().filter((clause) -> this.weights.containsKey(unwrap(clause))).forEach(ordered::add);
			for (Query clause : ordered) {
				FixedBitSet matches = evaluate(clause, leaf, docs);
				if (matches != null) {
					if (docs == null) {
						docs = matches;
					}
					else {
						docs.or(matches);
					}
				}
			}
		}
		if (docs == null) {
			return null;
		}
		for (Query clause : excluded) {
			FixedBitSet matches = evaluate(clause, leaf, null);
			if (matches != null) {
				docs.andNot(matches);
			}
		}
		return docs;
	}

	private static boolean orPostings(Term term, LeafReaderContext leaf, FixedBitSet docs) throws IOException {
		Terms terms = leaf.reader().terms(term.field());
		if (terms == null) {
			return false;
		}
		TermsEnum termsEnum = terms.iterator();
		if (!termsEnum.seekExact(term.bytes())) {
			return false;
		}
		PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
		docs.or(postings);
		return true;
	}

	private static FixedBitSet viaWeight(Weight weight, LeafReaderContext leaf, FixedBitSet known) throws IOException {
		if (weight == null) {
			return null;
		}
		Scorer scorer = weight.scorer(leaf);
		if (scorer == null) {
			return null;
		}
		FixedBitSet docs = new FixedBitSet(leaf.reader().maxDoc());
		TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
		if (twoPhase == null) {
			docs.or(scorer.iterator());
			return docs;
		}
		DocIdSetIterator candidates = twoPhase.approximation();
		if (known != null) {
			// only documents no other alternative matched need the check: walking them
			// alongside the candidates skips the postings of all the others (for a broad
			// word, nearly the whole segment)
			FixedBitSet unknown = known.clone();
			unknown.flip(0, unknown.length());
			candidates = ConjunctionUtils
				.intersectIterators(List.of(candidates, new BitSetIterator(unknown, unknown.approximateCardinality())));
		}
		for (int doc = candidates.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = candidates.nextDoc()) {
			if (twoPhase.matches()) {
				docs.set(doc);
			}
		}
		return docs;
	}

}
