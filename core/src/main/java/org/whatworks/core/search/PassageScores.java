package org.whatworks.core.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores a passage exactly as Lucene's {@link PassageScorer} does (BM25 over the terms in
 * the passage, favouring passages near the start), without the hash of terms the default
 * builds for every passage: a passage holds a handful of matches, so finding a term's
 * earlier occurrence by a scan is cheaper than allocating a 32 KB block pool for each of
 * the hundreds of candidate passages a search scores.
 */
final class PassageScores extends PassageScorer {

	@Override
	public float score(Passage passage, int contentLength) {
		int matches = passage.getNumMatches();
		BytesRef[] terms = passage.getMatchTerms();
		int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
		// unique terms in order of first occurrence, as the default's hash numbers them
		int[] first = new int[matches];
		int[] freqsInPassage = new int[matches];
		int unique = 0;
		for (int i = 0; i < matches; i++) {
			int seen = -1;
			for (int u = 0; u < unique; u++) {
				if (terms[first[u]].bytesEquals(terms[i])) {
					seen = u;
					break;
				}
			}
			if (seen < 0) {
				seen = unique++;
				first[seen] = i;
			}
			freqsInPassage[seen]++;
		}
		// summed in double, as the default does, so the scores are equal to the last bit
		double score = 0;
		for (int u = 0; u < unique; u++) {
			score += tf(freqsInPassage[u], passage.getLength()) * weight(contentLength, freqsInDoc[first[u]]);
		}
		return (float) (score * norm(passage.getStartOffset()));
	}

}
