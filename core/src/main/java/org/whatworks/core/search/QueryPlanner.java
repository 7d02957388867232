package org.whatworks.core.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns parsed query text into the Lucene queries of one search: what matches, the boosts
 * scored for every match, the boosts left to the rescoring window, what to highlight, and
 * the sort of each order.
 */
final class QueryPlanner {

	private static final float TITLE_BOOST = 5f;

	private static final float SUMMARY_BOOST = 2f;

	private static final float TERMS_BOOST = 2f;

	private static final float SYNONYM_WEIGHT = 0.4f;

	private QueryPlanner() {
	}

	static LuceneEvidenceSearch.Built plan(SearchAnalysis analysis, QueryText text, boolean allTerms,
			boolean synonyms) {
		QueryBuilder builder = new QueryBuilder(synonyms ? analysis.query() : analysis.index());
		builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		// phrases, typed or implied, match exactly: no synonyms
		QueryBuilder exact = new QueryBuilder(analysis.index());
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
		return new LuceneEvidenceSearch.Built(query.build(), rescore, highlight, multiWord);
	}

	private static void addBoosted(BooleanQuery.Builder builder, Query query, float boost) {
		if (query != null) {
			builder.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
		}
	}

	static Sort sort(SearchRequest request, TitleOrder titleOrder) {
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

}
