package org.whatworks.core.search;

import java.util.ArrayList;
import java.util.List;

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

	/**
	 * When any word may match, what each word matched adds times the word's rarity
	 * ({@link WordCoordQuery}): an entry that matches more of the words, or the rarer
	 * ones, ranks above one that matches a frequent word often.
	 */
	static final float COORD = 3f;

	private QueryPlanner() {
	}

	static LuceneEvidenceSearch.Built plan(SearchAnalysis analysis, QueryText text, boolean allTerms,
			boolean synonyms) {
		return analyse(analysis, text, synonyms, allTerms ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD)
			.plan(allTerms);
	}

	/**
	 * Analyses query text once for both its plans: every word required, and any word (the
	 * same words with their top-level clauses optional, as the query builder would give).
	 */
	static Analysed analyse(SearchAnalysis analysis, QueryText text, boolean synonyms) {
		return analyse(analysis, text, synonyms, BooleanClause.Occur.MUST);
	}

	private static Analysed analyse(SearchAnalysis analysis, QueryText text, boolean synonyms,
			BooleanClause.Occur operator) {
		QueryBuilder builder = new QueryBuilder(synonyms ? analysis.query() : analysis.index());
		builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		// phrases, typed or implied, match exactly: no synonyms
		QueryBuilder exact = new QueryBuilder(analysis.index());
		Query words = null;
		Query typed = null;
		Query near = null;
		if (!text.words().isBlank()) {
			words = builder.createBooleanQuery(IndexFields.ALL, text.words(), operator);
			if (words != null) {
				typed = exact.createBooleanQuery(IndexFields.ALL, text.words());
				if (multiWord(words)) {
					near = exact.createPhraseQuery(IndexFields.ALL, text.words(), 2);
				}
			}
		}
		List<Query> phrases = new ArrayList<>();
		for (String phrase : text.phrases()) {
			Query query = exact.createPhraseQuery(IndexFields.ALL, phrase);
			if (query != null) {
				phrases.add(query);
			}
		}
		List<Query> excluded = new ArrayList<>();
		for (String word : text.excludedWords()) {
			Query query = builder.createBooleanQuery(IndexFields.ALL, word);
			if (query != null) {
				excluded.add(query);
			}
		}
		for (String phrase : text.excludedPhrases()) {
			Query query = exact.createPhraseQuery(IndexFields.ALL, phrase);
			if (query != null) {
				excluded.add(query);
			}
		}
		return new Analysed(words, operator == BooleanClause.Occur.MUST, typed, near, phrases, excluded);
	}

	private static boolean multiWord(Query words) {
		return words instanceof BooleanQuery bq && bq.clauses().size() > 1;
	}

	/**
	 * Query text analysed: the words with their synonyms on `all` (null if none), built
	 * with every word required or not, the words as typed, the words near each other
	 * (null unless several words), the phrases, and what is excluded.
	 */
	record Analysed(Query words, boolean wordsRequired, Query typed, Query near, List<Query> phrases,
			List<Query> excluded) {

		/** The plan with every word required, or with any word. */
		LuceneEvidenceSearch.Built plan(boolean allTerms) {
			Query words = this.words;
			if (words != null && allTerms != this.wordsRequired) {
				if (!allTerms) {
					words = FieldCopies.anyWordOnField(words, IndexFields.ALL);
				}
				else {
					throw new IllegalStateException("analysed for any word only");
				}
			}
			return assemble(words, this.typed, this.near, this.phrases, this.excluded, !allTerms);
		}

	}

	private static LuceneEvidenceSearch.Built assemble(Query words, Query typed, Query near, List<Query> phrases,
			List<Query> excluded, boolean anyWord) {
		BooleanQuery.Builder must = new BooleanQuery.Builder();
		// boosts scored for every match (cheap: the title is short) and boosts scored
		// only for the best matches of the first pass (positions and longer fields)
		BooleanQuery.Builder first = new BooleanQuery.Builder();
		BooleanQuery.Builder should = new BooleanQuery.Builder();
		boolean positive = false;
		boolean multiWord = false;
		BooleanQuery.Builder highlightBuilder = new BooleanQuery.Builder();
		if (words != null) {
			// the words with their synonyms decide what matches, and score lowest
			must.add(new BoostQuery(words, SYNONYM_WEIGHT), BooleanClause.Occur.MUST);
			positive = true;
			multiWord = multiWord(words);
			// the words as typed weigh more than their synonyms; all fields are
			// analysed alike, so each field's query is a copy of the one for `all`
			addBoosted(should, typed, 1f);
			if (typed != null) {
				highlightBuilder.add(typed, BooleanClause.Occur.SHOULD);
			}
			addBoosted(first, FieldCopies.onField(typed, IndexFields.TITLE), TITLE_BOOST);
			addBoosted(should, FieldCopies.onField(typed, IndexFields.SUMMARY), SUMMARY_BOOST);
			addBoosted(should, FieldCopies.onField(typed, IndexFields.TERMS), TERMS_BOOST);
			addBoosted(first, FieldCopies.anyWordOnField(words, IndexFields.TITLE), TITLE_BOOST * SYNONYM_WEIGHT);
			if (anyWord && words instanceof BooleanQuery any) {
				for (BooleanClause clause : any.clauses()) {
					first.add(new WordCoordQuery(clause.getQuery(), COORD), BooleanClause.Occur.SHOULD);
				}
			}
			if (multiWord) {
				addBoosted(should, FieldCopies.onField(near, IndexFields.TITLE, 1), TITLE_BOOST);
				addBoosted(should, near, 1f);
			}
		}
		for (Query phrase : phrases) {
			must.add(phrase, BooleanClause.Occur.MUST);
			highlightBuilder.add(phrase, BooleanClause.Occur.SHOULD);
			positive = true;
			addBoosted(should, FieldCopies.onField(phrase, IndexFields.TITLE), TITLE_BOOST);
			addBoosted(should, FieldCopies.onField(phrase, IndexFields.SUMMARY), SUMMARY_BOOST);
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
		for (Query out : excluded) {
			query.add(out, BooleanClause.Occur.MUST_NOT);
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
