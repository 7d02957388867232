package org.whatworks.core.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.index.LeafReaderContext;

import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Matches the documents a counting pass found to pass every facet filter, per segment of
 * the one reader it was made for. Used as a filter clause, it lets the ranking pass skip
 * straight to those documents.
 */
final class PassingDocsQuery extends Query {

	private final FixedBitSet[] passing;

	PassingDocsQuery(FixedBitSet[] passing) {
		this.passing = passing;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		return new ConstantScoreWeight(this, boost) {

			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				FixedBitSet docs = (context.ord < PassingDocsQuery.this.passing.length)
						? PassingDocsQuery.this.passing[context.ord] : null;
				if (docs == null) {
					return null;
				}
				return new ConstantScoreScorer(this, score(), scoreMode,
						new BitSetIterator(docs, docs.approximateCardinality()));
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}

		};
	}

	@Override
	public void visit(QueryVisitor visitor) {
		visitor.visitLeaf(this);
	}

	@Override
	public String toString(String field) {
		return "PassingDocs";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && Arrays.equals(this.passing, ((PassingDocsQuery) other).passing);
	}

	@Override
	public int hashCode() {
		return classHash() ^ Arrays.hashCode(this.passing);
	}

}
