package org.whatworks.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;

/**
 * Every document's position in title order (title, then reference: the
 * {@link IndexFields#TITLE_SORT} key), read once per snapshot, so that sorting on title,
 * or breaking ties on it, compares two numbers. Comparing the keys themselves across
 * segments cost twice the time of a whole relevance search at 100,000 entries: each new
 * bottom of the queue was looked up in the other segment's terms.
 */
final class TitleOrder extends FieldComparatorSource {

	private final int[] ranks;

	private TitleOrder(int[] ranks) {
		this.ranks = ranks;
	}

	/** The title order of every document of a reader. */
	static TitleOrder of(DirectoryReader reader) {
		try {
			int[] ranks = new int[reader.maxDoc()];
			SortedDocValues keys = MultiDocValues.getSortedValues(reader, IndexFields.TITLE_SORT);
			if (keys != null) {
				for (int doc = keys.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = keys.nextDoc()) {
					ranks[doc] = keys.ordValue();
				}
			}
			return new TitleOrder(ranks);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A sort field in title order. */
	SortField sortField() {
		return new SortField(IndexFields.TITLE_SORT, this);
	}

	@Override
	public FieldComparator<Integer> newComparator(String field, int hits, Pruning pruning, boolean reversed) {
		return new Comparator(hits);
	}

	private final class Comparator extends FieldComparator<Integer> implements LeafFieldComparator {

		private final int[] slots;

		private int docBase;

		private int bottom;

		private int top;

		Comparator(int hits) {
			this.slots = new int[hits];
		}

		private int rank(int doc) {
			return TitleOrder.this.ranks[this.docBase + doc];
		}

		@Override
		public int compare(int slot1, int slot2) {
			return Integer.compare(this.slots[slot1], this.slots[slot2]);
		}

		@Override
		public void setTopValue(Integer value) {
			this.top = value;
		}

		@Override
		public Integer value(int slot) {
			return this.slots[slot];
		}

		@Override
		public LeafFieldComparator getLeafComparator(LeafReaderContext context) {
			this.docBase = context.docBase;
			return this;
		}

		@Override
		public void setBottom(int slot) {
			this.bottom = this.slots[slot];
		}

		@Override
		public int compareBottom(int doc) {
			return Integer.compare(this.bottom, rank(doc));
		}

		@Override
		public int compareTop(int doc) {
			return Integer.compare(this.top, rank(doc));
		}

		@Override
		public void copy(int slot, int doc) {
			this.slots[slot] = rank(doc);
		}

		@Override
		public void setScorer(Scorable scorer) {
			// ranks need no score
		}

	}

}
