package org.whatworks.core.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Copies of an analysed query on another field. Every field is analysed by the same
 * chain, so analysing the words once and copying the query gives what analysing them
 * again per field would, at a fraction of the cost: analysis with synonyms was a fifth of
 * a search's CPU.
 */
final class FieldCopies {

	private FieldCopies() {
	}

	/** The same query on another field; null stays null. */
	static Query onField(Query query, String field) {
		return copy(query, field, -1, null);
	}

	/** The same query on another field, with a phrase's slop set to {@code slop}. */
	static Query onField(Query query, String field, int slop) {
		return copy(query, field, slop, null);
	}

	/**
	 * The same query on another field, its top-level clauses all optional: what the query
	 * builder gives for "any word" where {@code query} came from "all words".
	 */
	static Query anyWordOnField(Query query, String field) {
		return copy(query, field, -1, BooleanClause.Occur.SHOULD);
	}

	private static Query copy(Query query, String field, int slop, BooleanClause.Occur topOccur) {
		if (query == null) {
			return null;
		}
		if (query instanceof TermQuery term) {
			return new TermQuery(new Term(field, term.getTerm().bytes()));
		}
		if (query instanceof SynonymQuery synonyms) {
			// the analysis chain sets no boosts, so every synonym weighs 1
			SynonymQuery.Builder builder = new SynonymQuery.Builder(field);
			synonyms.getTerms().forEach((term) -> builder.addTerm(new Term(field, term.bytes())));
			return builder.build();
		}
		if (query instanceof PhraseQuery phrase) {
			PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop((slop >= 0) ? slop : phrase.getSlop());
			Term[] terms = phrase.getTerms();
			int[] positions = phrase.getPositions();
			for (int i = 0; i < terms.length; i++) {
				builder.add(new Term(field, terms[i].bytes()), positions[i]);
			}
			return builder.build();
		}
		if (query instanceof MultiPhraseQuery phrase) {
			MultiPhraseQuery.Builder builder = new MultiPhraseQuery.Builder()
				.setSlop((slop >= 0) ? slop : phrase.getSlop());
			Term[][] terms = phrase.getTermArrays();
			int[] positions = phrase.getPositions();
			for (int i = 0; i < terms.length; i++) {
				Term[] alternatives = new Term[terms[i].length];
				for (int a = 0; a < alternatives.length; a++) {
					alternatives[a] = new Term(field, terms[i][a].bytes());
				}
				builder.add(alternatives, positions[i]);
			}
			return builder.build();
		}
		if (query instanceof BoostQuery boosted) {
			return new BoostQuery(copy(boosted.getQuery(), field, slop, topOccur), boosted.getBoost());
		}
		if (query instanceof BooleanQuery bool) {
			BooleanQuery.Builder builder = new BooleanQuery.Builder()
				.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
			for (BooleanClause clause : bool.clauses()) {
				BooleanClause.Occur occur = (topOccur != null && clause.getOccur() == BooleanClause.Occur.MUST)
						? topOccur : clause.getOccur();
				builder.add(copy(clause.getQuery(), field, slop, null), occur);
			}
			return builder.build();
		}
		throw new IllegalArgumentException("cannot copy a " + query.getClass().getSimpleName() + " to another field");
	}

}
