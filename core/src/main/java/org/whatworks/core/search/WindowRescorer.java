package org.whatworks.core.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Adds the score of the boosts left out of the first pass to each hit of its window, and
 * sorts the window again by score, then title order (the first pass's relevance sort).
 */
final class WindowRescorer extends QueryRescorer {

	/** Score descending, then the title order of the relevance sort. */
	private static final Comparator<FieldDoc> RESCORED_ORDER = Comparator
		.comparingDouble((FieldDoc hit) -> -(Float) hit.fields[0])
		.thenComparingInt((hit) -> (Integer) hit.fields[1]);

	private WindowRescorer(Query boosts) {
		super(boosts);
	}

	@Override
	protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
		return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
	}

	/**
	 * @param top the first pass's hits, sorted by score then title order
	 * @param boosts the query whose score is added to each hit it matches
	 * @return the same hits with their whole score, sorted again
	 */
	static TopDocs rescore(Snapshot snapshot, TopDocs top, Query boosts) throws IOException {
		ScoreDoc[] hits = top.scoreDocs;
		if (hits.length == 0) {
			return top;
		}
		// the first pass's score is its first sort value
		ScoreDoc[] first = new ScoreDoc[hits.length];
		for (int i = 0; i < hits.length; i++) {
			FieldDoc hit = (FieldDoc) hits[i];
			float score = (hit.fields[0] instanceof Float f) ? f : hit.score;
			first[i] = new FieldDoc(hit.doc, score, hit.fields.clone(), hit.shardIndex);
		}
		ScoreDoc[] scored = new WindowRescorer(boosts).rescore(snapshot.searcher(), new TopDocs(top.totalHits, first),
				first.length).scoreDocs;
		FieldDoc[] rescored = new FieldDoc[scored.length];
		for (int i = 0; i < scored.length; i++) {
			FieldDoc hit = (FieldDoc) scored[i];
			hit.fields[0] = hit.score;
			rescored[i] = hit;
		}
		Arrays.sort(rescored, RESCORED_ORDER);
		return new TopDocs(top.totalHits, rescored);
	}

}
