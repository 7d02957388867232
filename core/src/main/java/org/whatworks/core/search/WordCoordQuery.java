package org.whatworks.core.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * One word of an any-word query (with its synonyms) counted once for an entry that
 * matches it, however often: a constant score of {@code coord} times the word's rarity,
 * BM25's inverse document frequency in {@code all} of its rarest form. Rewritten against
 * the searcher into a boosted {@link ConstantScoreQuery}, so it scores and matches like
 * one. An entry that matches the telling words of a query ("told" in "kids not doing what
 * they're told") ranks above one that matches only its common ones ("kids"), where a flat
 * count per word let a common word in a title win.
 */
final class WordCoordQuery extends Query {

	private final Query word;

	private final float coord;

	WordCoordQuery(Query word, float coord) {
		this.word = Objects.requireNonNull(word);
		this.coord = coord;
	}

	Query word() {
		return this.word;
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		return new BoostQuery(new ConstantScoreQuery(this.word), (float) (this.coord * rarity(searcher, this.word)));
	}

	/**
	 * The largest inverse document frequency in `all` of the terms of a word; 0 if none.
	 */
	static double rarity(IndexSearcher searcher, Query word) throws IOException {
		CollectionStatistics all = searcher.collectionStatistics(IndexFields.ALL);
		if (all == null) {
			return 0;
		}
		Set<Term> terms = new HashSet<>();
		word.visit(QueryVisitor.termCollector(terms));
		double rarest = 0;
		for (Term term : terms) {
			int docFreq = searcher.getIndexReader().docFreq(new Term(IndexFields.ALL, term.bytes()));
			if (docFreq > 0) {
				rarest = Math.max(rarest, Math.log(1 + (all.docCount() - docFreq + 0.5) / (docFreq + 0.5)));
			}
		}
		return rarest;
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.word.visit(visitor);
	}

	@Override
	public String toString(String field) {
		return "coord(" + this.word.toString(field) + ")^" + this.coord;
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.word.equals(((WordCoordQuery) other).word)
				&& this.coord == ((WordCoordQuery) other).coord;
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), this.word, this.coord);
	}

}
