package org.whatworks.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts facet values drill-sideways over every match of a query, and collects the hits
 * that pass every facet filter (or records which documents pass, for a second, ranking
 * pass): a document that passes every filter counts for every facet; one that fails
 * exactly one filter counts for that facet only, as if it were not filtered. Values
 * within a facet are OR-ed, facets are AND-ed.
 */
final class FacetCollector implements Collector {

	private final Snapshot snapshot;

	private final int[] filterFacets;

	private final List<Set<String>> filterValues;

	private final List<String> filterNames;

	/** Null when only counting. */
	private final TopFieldCollector hits;

	/** Per segment, the documents that pass every filter; null when not recorded. */
	private final FixedBitSet[] passing;

	private final List<int[]> counts = new ArrayList<>();

	private final List<Integer> leaves = new ArrayList<>();

	private long total;

	/**
	 * @param snapshot the snapshot searched
	 * @param filters selected values by facet name (at most 63 facets are applied)
	 * @param hits the collector of the page of hits, or null to count only
	 * @param passing where to record, per segment, the documents that pass every filter,
	 * or null
	 */
	FacetCollector(Snapshot snapshot, Map<String, Set<String>> filters, TopFieldCollector hits, FixedBitSet[] passing) {
		this.snapshot = snapshot;
		this.hits = hits;
		this.passing = passing;
		List<Integer> facets = new ArrayList<>();
		this.filterValues = new ArrayList<>();
		for (Map.Entry<String, Set<String>> filter : filters.entrySet()) {
			if (facets.size() == 63) {
				break;
			}
			facets.add(snapshot.facetIndex(filter.getKey()));
			this.filterValues.add(filter.getValue());
		}
		this.filterFacets = facets.stream().mapToInt(Integer::intValue).toArray();
		this.filterNames = List.copyOf(filters.keySet()).subList(0, facets.size());
	}

	long total() {
		return this.total;
	}

	/** The counts of every facet value, by facet name and value. */
	Map<String, Map<String, Long>> counts() {
		Map<String, Map<String, Long>> result = new HashMap<>();
		for (int i = 0; i < this.counts.size(); i++) {
			FacetOrdinals.LeafFacets leaf = this.snapshot.leafFacets(this.leaves.get(i));
			int[] leafCounts = this.counts.get(i);
			for (int ord = 0; ord < leafCounts.length; ord++) {
				if (leafCounts[ord] > 0) {
					result.computeIfAbsent(this.snapshot.facetName(leaf.facets()[ord]), (k) -> new HashMap<>())
						.merge(leaf.values()[ord], (long) leafCounts[ord], Long::sum);
				}
			}
		}
		return result;
	}

	@Override
	public ScoreMode scoreMode() {
		return (this.hits != null) ? this.hits.scoreMode() : ScoreMode.COMPLETE_NO_SCORES;
	}

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
		LeafCollector delegate = (this.hits != null) ? this.hits.getLeafCollector(context) : null;
		FixedBitSet passes = null;
		if (this.passing != null) {
			passes = new FixedBitSet(context.reader().maxDoc());
			this.passing[context.ord] = passes;
		}
		FixedBitSet passed = passes;
		SortedSetDocValues values = DocValues.getSortedSet(context.reader(), IndexFields.FACETS);
		FacetOrdinals.LeafFacets leaf = this.snapshot.leafFacets(context.ord);
		int valueCount = (int) values.getValueCount();
		int[] slots = new int[valueCount];
		Arrays.fill(slots, -1);
		for (int k = 0; k < this.filterFacets.length; k++) {
			for (String value : this.filterValues.get(k)) {
				long ord = values.lookupTerm(new BytesRef(IndexFields.facetValue(this.filterNames.get(k), value)));
				if (ord >= 0) {
					slots[(int) ord] = k;
				}
			}
		}
		int[] leafCounts = new int[valueCount];
		this.counts.add(leafCounts);
		this.leaves.add(context.ord);
		long all = (this.filterFacets.length == 0) ? 0 : (-1L >>> (64 - this.filterFacets.length));
		int[] facetOfOrd = leaf.facets();
		int[] filterFacets = this.filterFacets;
		int[] starts = leaf.starts();
		int[] ords = leaf.ords();
		if (filterFacets.length == 0) {
			return new Counting(delegate, passed, leafCounts, ords) {

				@Override
				public void collect(int doc) throws IOException {
					passes(doc, starts[doc], starts[doc + 1]);
				}

				@Override
				boolean collectAll(FixedBitSet docs) {
					int matched = docs.cardinality();
					if (delegate != null || matched <= docs.length() / 2) {
						return false;
					}
					// most of the segment matches: its totals less the documents that do
					// not
					System.arraycopy(leaf.totals(), 0, leafCounts, 0, leafCounts.length);
					long[] words = docs.getBits();
					int used = (docs.length() + 63) >>> 6;
					for (int word = 0; word < used; word++) {
						long unmatched = ~words[word];
						int left = docs.length() - (word << 6);
						if (left < 64) {
							unmatched &= (1L << left) - 1;
						}
						while (unmatched != 0) {
							int doc = (word << 6) + Long.numberOfTrailingZeros(unmatched);
							unmatched &= unmatched - 1;
							for (int i = starts[doc]; i < starts[doc + 1]; i++) {
								leafCounts[ords[i]]--;
							}
						}
					}
					FacetCollector.this.total += matched;
					if (passed != null) {
						passed.or(docs);
					}
					return true;
				}

			};
		}
		return new Counting(delegate, passed, leafCounts, ords) {

			@Override
			public void collect(int doc) throws IOException {
				int start = starts[doc];
				int end = starts[doc + 1];
				long satisfied = 0;
				for (int i = start; i < end; i++) {
					int slot = slots[ords[i]];
					if (slot >= 0) {
						satisfied |= 1L << slot;
					}
				}
				long missing = all & ~satisfied;
				if (missing == 0) {
					passes(doc, start, end);
				}
				else if (Long.bitCount(missing) == 1) {
					int facet = filterFacets[Long.numberOfTrailingZeros(missing)];
					for (int i = start; i < end; i++) {
						if (facetOfOrd[ords[i]] == facet) {
							leafCounts[ords[i]]++;
						}
					}
				}
			}

		};
	}

	/**
	 * A segment's collector: a document that passes every filter counts for every facet,
	 * is recorded as passing (when asked) and goes on to the hits (when collected).
	 */
	abstract class Counting implements LeafCollector {

		private final LeafCollector delegate;

		private final FixedBitSet passed;

		private final int[] leafCounts;

		private final int[] ords;

		Counting(LeafCollector delegate, FixedBitSet passed, int[] leafCounts, int[] ords) {
			this.delegate = delegate;
			this.passed = passed;
			this.leafCounts = leafCounts;
			this.ords = ords;
		}

		@Override
		public void setScorer(Scorable scorer) throws IOException {
			if (this.delegate != null) {
				this.delegate.setScorer(scorer);
			}
		}

		/**
		 * Collects every document of a bit set of this segment's live matches at once, if
		 * that is cheaper than one by one (no filters, no hits to collect, most of the
		 * segment matching).
		 * @return false if nothing was collected: collect them one by one
		 */
		boolean collectAll(FixedBitSet docs) {
			return false;
		}

		/** A document whose ords are {@code ords[start..end)} passes every filter. */
		void passes(int doc, int start, int end) throws IOException {
			FacetCollector.this.total++;
			for (int i = start; i < end; i++) {
				this.leafCounts[this.ords[i]]++;
			}
			if (this.passed != null) {
				this.passed.set(doc);
			}
			if (this.delegate != null) {
				this.delegate.collect(doc);
			}
		}

	}

	/**
	 * The total, hits (null when only counting), counts and, when recorded, the documents
	 * that pass every filter per segment, of a search over every slice.
	 */
	record Result(long total, TopDocs top, Map<String, Map<String, Long>> counts, FixedBitSet[] passing) {
	}

	/**
	 * One collector per index slice (slices are searched in parallel when the searcher
	 * has an executor), reduced into one result.
	 */
	static final class Manager implements CollectorManager<FacetCollector, Result> {

		private final Snapshot snapshot;

		private final Map<String, Set<String>> filters;

		private final TopFieldCollectorManager top;

		private final FixedBitSet[] passing;

		/** Counts and collects the best {@code wanted} hits in one pass. */
		Manager(Snapshot snapshot, Map<String, Set<String>> filters, Sort sort, int wanted) {
			this.snapshot = snapshot;
			this.filters = filters;
			this.top = new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE,
					snapshot.searcher().getSlices().length > 1);
			this.passing = null;
		}

		/**
		 * Counts without scoring and records the documents that pass every filter (all
		 * matches when there are none).
		 */
		Manager(Snapshot snapshot, Map<String, Set<String>> filters) {
			this.snapshot = snapshot;
			this.filters = filters;
			this.top = null;
			this.passing = new FixedBitSet[snapshot.reader().leaves().size()];
		}

		@Override
		public FacetCollector newCollector() throws IOException {
			return new FacetCollector(this.snapshot, this.filters, (this.top != null) ? this.top.newCollector() : null,
					this.passing);
		}

		@Override
		public Result reduce(Collection<FacetCollector> collectors) throws IOException {
			long total = 0;
			List<TopFieldCollector> hits = new ArrayList<>(collectors.size());
			Map<String, Map<String, Long>> counts = null;
			for (FacetCollector collector : collectors) {
				total += collector.total();
				if (collector.hits != null) {
					hits.add(collector.hits);
				}
				Map<String, Map<String, Long>> more = collector.counts();
				if (counts == null) {
					counts = more;
				}
				else {
					Map<String, Map<String, Long>> into = counts;
					more.forEach((facet, values) -> {
						Map<String, Long> merged = into.computeIfAbsent(facet, (k) -> new HashMap<>());
						values.forEach((value, count) -> merged.merge(value, count, Long::sum));
					});
				}
			}
			return new Result(total, (this.top != null) ? this.top.reduce(hits) : null,
					(counts != null) ? counts : Map.of(), this.passing);
		}

	}

}
