package org.whatworks.core.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Mixes the centres in a ranking: each further hit of a centre already ranked above it
 * counts with its score lowered by {@link #DECAY} per hit before it, so a good match of
 * another centre is not pushed off the first page by a run of one centre's entries (one
 * centre may publish many more entries on a topic than another). The order of each
 * centre's own hits never changes, so a ranking of one centre's entries is left as it is.
 * Scores are kept as they were; only the order changes.
 */
final class CentreMix {

	/** What each earlier hit of the same centre multiplies a hit's score by. */
	static final double DECAY = 0.85;

	private CentreMix() {
	}

	static TopDocs mixed(Snapshot snapshot, TopDocs top) {
		ScoreDoc[] hits = top.scoreDocs;
		if (hits.length < 2 || DECAY >= 1) {
			return top;
		}
		Map<String, Integer> seen = new HashMap<>();
		double[] adjusted = new double[hits.length];
		boolean changed = false;
		String first = null;
		for (int i = 0; i < hits.length; i++) {
			String centre = centre(snapshot, hits[i].doc);
			int before = seen.merge(centre, 1, Integer::sum) - 1;
			adjusted[i] = score(hits[i]) * Math.pow(DECAY, before);
			if (first == null) {
				first = centre;
			}
			changed |= !centre.equals(first);
		}
		if (!changed) {
			return top;
		}
		List<Integer> order = new ArrayList<>(hits.length);
		for (int i = 0; i < hits.length; i++) {
			order.add(i);
		}
		// stable: equal adjusted scores keep the order they had (title, then reference)
		order.sort(Comparator.comparingDouble((Integer i) -> -adjusted[i]));
		ScoreDoc[] reordered = new ScoreDoc[hits.length];
		for (int i = 0; i < hits.length; i++) {
			reordered[i] = hits[order.get(i)];
		}
		return new TopDocs(top.totalHits, reordered);
	}

	private static double score(ScoreDoc hit) {
		if (hit instanceof org.apache.lucene.search.FieldDoc field && field.fields[0] instanceof Float f) {
			return f;
		}
		return hit.score;
	}

	/** The centre facet value of a document ("" if it has none). */
	static String centre(Snapshot snapshot, int doc) {
		List<LeafReaderContext> leaves = snapshot.reader().leaves();
		int leafOrd = ReaderUtil.subIndex(doc, leaves);
		FacetOrdinals.LeafFacets facets = snapshot.leafFacets(leafOrd);
		int centreFacet = snapshot.facetIndex(Facets.CENTRE);
		int local = doc - leaves.get(leafOrd).docBase;
		for (int i = facets.starts()[local]; i < facets.starts()[local + 1]; i++) {
			int ord = facets.ords()[i];
			if (facets.facets()[ord] == centreFacet) {
				return facets.values()[ord];
			}
		}
		return "";
	}

}
