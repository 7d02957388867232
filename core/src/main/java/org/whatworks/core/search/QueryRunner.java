package org.whatworks.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Runs a planned query on a snapshot: the total, the facet counts and the ranked hits up
 * to the page asked for, in one pass or, for a relevance search of a large index, in
 * three steps (count, rank, rescore).
 */
final class QueryRunner {

	/**
	 * How many of the best matches of the first pass (the words with their synonyms on
	 * `all`, and the title) get the remaining boosts, when sorting by relevance.
	 */
	static final int RESCORE_WINDOW = 300;

	private QueryRunner() {
	}

	/** What one run of a query found. */
	record Run(long total, TopDocs top, Map<String, Map<String, Long>> counts, Query highlight, boolean multiWord,
			boolean scored) {
	}

	static Run run(Snapshot snapshot, SearchRequest request, LuceneEvidenceSearch.Built built,
			Map<String, Set<String>> filters) throws IOException {
		boolean relevance = request.sort() == SortOrder.RELEVANCE;
		Sort sort = QueryPlanner.sort(request, snapshot.titleOrder());
		int maxDoc = Math.max(1, snapshot.reader().maxDoc());
		int wanted = (int) Math.min((long) request.page() * request.size(), maxDoc);
		boolean scored = relevance && built.highlight() != null;
		if (scored && snapshot.reader().maxDoc() < LuceneEvidenceSearch.stepsFrom) {
			// a small index: score every match in one pass
			FacetCollector.Result result = snapshot.searcher()
				.search(built.query(), new FacetCollector.Manager(snapshot, filters, sort,
						collected(built.rescore(), wanted, maxDoc)));
			TopDocs top = (built.rescore() != null) ? WindowRescorer.rescore(snapshot, result.top(), built.rescore())
					: result.top();
			return new Run(result.total(), CentreMix.mixed(snapshot, top), result.counts(), built.highlight(),
					built.multiWord(), true);
		}
		if (!scored) {
			// sorted on doc values (or browsing, where every score is the same): nothing
			// to score, so one pass counts and collects
			FacetCollector.Result result = snapshot.searcher()
				.search(built.query(), new FacetCollector.Manager(snapshot, filters, sort, wanted));
			return new Run(result.total(), result.top(), result.counts(), built.highlight(), built.multiWord(), false);
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
	private static Run runInSteps(Snapshot snapshot, LuceneEvidenceSearch.Built built, Map<String, Set<String>> filters,
			Sort sort, int wanted, int maxDoc) throws IOException {
		FacetCollector.Result counted = MatchingDocs.collect(snapshot.searcher(), built.query(),
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
			for (BooleanClause clause : ((BooleanQuery) built.query()).clauses()) {
				if (clause.getOccur() == BooleanClause.Occur.MUST || clause.getOccur() == BooleanClause.Occur.SHOULD) {
					Query scoring = withoutPhrases(clause.getQuery(), 1f, phrases);
					if (scoring != null) {
						ranked.add(scoring, BooleanClause.Occur.SHOULD);
					}
				}
			}
			Query rescore = built.rescore();
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
				top = WindowRescorer.rescore(snapshot, top, rescore);
			}
		}
		return new Run(counted.total(), CentreMix.mixed(snapshot, top), counted.counts(), built.highlight(),
				built.multiWord(), true);
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

}
