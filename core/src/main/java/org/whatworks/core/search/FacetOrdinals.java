package org.whatworks.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Every document's facet ordinals, read once per reader when a snapshot opens: counting
 * from plain arrays is several times cheaper than decoding the doc values of every match
 * of every search. Facet names are numbered across segments.
 */
final class FacetOrdinals {

	private final List<String> facetNames = new ArrayList<>();

	private final Map<String, Integer> facetIndexes = new HashMap<>();

	private final LeafFacets[] leafFacets;

	private FacetOrdinals(int leaves) {
		this.leafFacets = new LeafFacets[leaves];
	}

	static FacetOrdinals read(DirectoryReader reader) throws IOException {
		FacetOrdinals ordinals = new FacetOrdinals(reader.leaves().size());
		for (LeafReaderContext leaf : reader.leaves()) {
			ordinals.leafFacets[leaf.ord] = ordinals.readLeaf(leaf);
		}
		return ordinals;
	}

	private LeafFacets readLeaf(LeafReaderContext leaf) throws IOException {
		SortedSetDocValues facetValues = DocValues.getSortedSet(leaf.reader(), IndexFields.FACETS);
		int count = (int) facetValues.getValueCount();
		int[] facets = new int[count];
		String[] values = new String[count];
		for (int ord = 0; ord < count; ord++) {
			String value = facetValues.lookupOrd(ord).utf8ToString();
			int separator = value.indexOf(IndexFields.FACET_SEPARATOR);
			String name = value.substring(0, separator);
			facets[ord] = this.facetIndexes.computeIfAbsent(name, (n) -> {
				this.facetNames.add(n);
				return this.facetNames.size() - 1;
			});
			values[ord] = value.substring(separator + 1);
		}
		int maxDoc = leaf.reader().maxDoc();
		int[] starts = new int[maxDoc + 1];
		int[] ords = new int[Math.max(16, maxDoc * 8)];
		int at = 0;
		SortedSetDocValues perDoc = DocValues.getSortedSet(leaf.reader(), IndexFields.FACETS);
		for (int doc = 0; doc < maxDoc; doc++) {
			starts[doc] = at;
			if (perDoc.advanceExact(doc)) {
				int n = perDoc.docValueCount();
				if (at + n > ords.length) {
					ords = Arrays.copyOf(ords, Math.max(at + n, ords.length * 2));
				}
				for (int i = 0; i < n; i++) {
					ords[at++] = (int) perDoc.nextOrd();
				}
			}
		}
		starts[maxDoc] = at;
		int[] totals = new int[count];
		for (int i = 0; i < at; i++) {
			totals[ords[i]]++;
		}
		return new LeafFacets(facets, values, starts, Arrays.copyOf(ords, at), totals);
	}

	/** The index of a facet name, or -2 if no document has it. */
	int facetIndex(String name) {
		return this.facetIndexes.getOrDefault(name, -2);
	}

	String facetName(int index) {
		return this.facetNames.get(index);
	}

	LeafFacets leaf(int leafOrd) {
		return this.leafFacets[leafOrd];
	}

	/**
	 * Pre-read facet ordinals of one segment: the facet index and value of each ord, the
	 * ords of document d at {@code ords[starts[d]]} up to {@code ords[starts[d + 1]]},
	 * and how many documents of the segment (deleted ones too) have each ord.
	 */
	record LeafFacets(int[] facets, String[] values, int[] starts, int[] ords, int[] totals) {
	}

}
