package org.whatworks.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;

/**
 * An immutable, reference-counted pairing of a catalogue with the index built from it.
 * Searches hold a reference while they run; the snapshot closes its reader and directory
 * when it has been replaced and the last search has let go.
 */
final class Snapshot {

	private final EvidenceCatalogue catalogue;

	private final SearchAnalysis analysis;

	private final DocumentFactory documents;

	private final Directory directory;

	private final Path folder;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	/**
	 * The entry of each document when the catalogue holds its entries anyway; null when
	 * some centre's entries are read on demand, which are then found by reference.
	 */
	private final EvidenceEntry[] entries;

	/** How much of an entry's summary and body highlighting looks at. */
	static final int HIGHLIGHT_LENGTH = 20_000;

	/** At most this many documents' highlight texts are kept. */
	static final int HIGHLIGHT_CACHE = 8192;

	/**
	 * Documents' highlight texts and their sentences, made on first use (Markdown to
	 * text, and finding sentences, are too slow to do per search), in a slot chosen by
	 * document number: every document of a small index has its own, a large one's share,
	 * so the cache stays bounded however large the catalogue.
	 */
	private final AtomicReferenceArray<CachedHighlightable> highlightables;

	private final Map<EntryRef, List<EntryRef>> inbound;

	private final FacetOrdinals facets;

	private final TitleOrder titleOrder;

	private final AtomicInteger references = new AtomicInteger(1);

	private final AtomicReference<Suggester> suggester = new AtomicReference<>();

	/**
	 * Below this many documents the index is searched as one slice, on the calling
	 * thread. Not final so that a check can compare both ways.
	 */
	static volatile int parallelFrom = 20_000;

	Snapshot(EvidenceCatalogue catalogue, SearchAnalysis analysis, DocumentFactory documents,
			Map<EntryRef, List<EntryRef>> inbound, Directory directory, Path folder, Executor executor)
			throws IOException {
		this.catalogue = catalogue;
		this.inbound = inbound;
		this.analysis = analysis;
		this.documents = documents;
		this.directory = directory;
		this.folder = folder;
		this.reader = DirectoryReader.open(directory);
		this.searcher = (executor != null) ? new IndexSearcher(this.reader, executor) {

			@Override
			protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
				return twoSlices(leaves);
			}

		} : new IndexSearcher(this.reader);
		this.searcher.setQueryCache(null);
		this.highlightables = new AtomicReferenceArray<>(Math.min(Math.max(1, this.reader.maxDoc()), HIGHLIGHT_CACHE));
		this.facets = FacetOrdinals.read(this.reader);
		this.titleOrder = TitleOrder.of(this.reader);
		boolean held = catalogue.holdsEveryEntry();
		this.entries = held ? new EvidenceEntry[this.reader.maxDoc()] : null;
		for (LeafReaderContext leaf : this.reader.leaves()) {
			if (held) {
				SortedDocValues refValues = DocValues.getSorted(leaf.reader(), IndexFields.REF);
				for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
					if (refValues.advanceExact(doc)) {
						this.entries[leaf.docBase + doc] = catalogue
							.entry(EntryRef.parse(refValues.lookupOrd(refValues.ordValue()).utf8ToString(), ""))
							.orElse(null);
					}
				}
			}
		}
	}

	/**
	 * Builds the index of a catalogue and opens a snapshot on it (see
	 * {@link IndexBuilder#build}).
	 */
	static Snapshot build(EvidenceCatalogue catalogue, SearchSettings settings, long generation, Executor executor) {
		return IndexBuilder.build(catalogue, settings, generation, executor);
	}

	/**
	 * Two slices of as near half the documents each as whole segments allow (one per
	 * core; the slower slice sets the time of a search), or one below
	 * {@link #parallelFrom} documents.
	 */
	static IndexSearcher.LeafSlice[] twoSlices(List<LeafReaderContext> leaves) {
		int docs = leaves.stream().mapToInt((leaf) -> leaf.reader().maxDoc()).sum();
		if (docs < parallelFrom || leaves.size() < 2) {
			return new IndexSearcher.LeafSlice[] { new IndexSearcher.LeafSlice(new ArrayList<>(leaves)) };
		}
		List<List<LeafReaderContext>> halves = List.of(new ArrayList<>(), new ArrayList<>());
		int n = leaves.size();
		if (n <= 16) {
			// few segments: try every split, keep the most even
			long best = Long.MAX_VALUE;
			int bestMask = 0;
			for (int mask = 0; mask < (1 << (n - 1)); mask++) {
				long first = 0;
				for (int i = 0; i < n; i++) {
					if ((mask & (1 << i)) != 0) {
						first += leaves.get(i).reader().maxDoc();
					}
				}
				long gap = Math.abs(docs - 2 * first);
				if (gap < best) {
					best = gap;
					bestMask = mask;
				}
			}
			for (int i = 0; i < n; i++) {
				halves.get(((bestMask & (1 << i)) != 0) ? 0 : 1).add(leaves.get(i));
			}
		}
		else {
			List<LeafReaderContext> largestFirst = new ArrayList<>(leaves);
			largestFirst.sort(Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc()).reversed());
			int[] sizes = new int[2];
			for (LeafReaderContext leaf : largestFirst) {
				int lighter = (sizes[0] <= sizes[1]) ? 0 : 1;
				halves.get(lighter).add(leaf);
				sizes[lighter] += leaf.reader().maxDoc();
			}
		}
		if (halves.get(0).isEmpty() || halves.get(1).isEmpty()) {
			return new IndexSearcher.LeafSlice[] { new IndexSearcher.LeafSlice(new ArrayList<>(leaves)) };
		}
		return new IndexSearcher.LeafSlice[] { new IndexSearcher.LeafSlice(halves.get(0)),
				new IndexSearcher.LeafSlice(halves.get(1)) };
	}

	/** Takes a reference; false if the snapshot is already closed. */
	boolean acquire() {
		while (true) {
			int current = this.references.get();
			if (current <= 0) {
				return false;
			}
			if (this.references.compareAndSet(current, current + 1)) {
				return true;
			}
		}
	}

	/** Lets go of a reference, closing the snapshot when none are left. */
	void release() {
		if (this.references.decrementAndGet() == 0) {
			try {
				this.reader.close();
			}
			catch (IOException ex) {
				// nothing more to do
			}
			IndexBuilder.discard(this.directory, this.folder);
		}
	}

	EvidenceCatalogue catalogue() {
		return this.catalogue;
	}

	SearchAnalysis analysis() {
		return this.analysis;
	}

	DocumentFactory documents() {
		return this.documents;
	}

	DirectoryReader reader() {
		return this.reader;
	}

	IndexSearcher searcher() {
		return this.searcher;
	}

	/** The entry of a document, or null if the catalogue no longer has it. */
	EvidenceEntry entry(int doc) {
		if (this.entries != null) {
			return this.entries[doc];
		}
		try {
			List<LeafReaderContext> leaves = this.reader.leaves();
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
			SortedDocValues refs = DocValues.getSorted(leaf.reader(), IndexFields.REF);
			if (!refs.advanceExact(doc - leaf.docBase)) {
				return null;
			}
			return this.catalogue.entry(EntryRef.parse(refs.lookupOrd(refs.ordValue()).utf8ToString(), ""))
				.orElse(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text a document's highlights are cut from (see DocumentFactory.highlightText),
	 * at most {@link #HIGHLIGHT_LENGTH} characters, with its sentence boundaries.
	 */
	Highlightable highlightable(int doc) {
		int slot = doc % this.highlightables.length();
		CachedHighlightable cached = this.highlightables.get(slot);
		if (cached != null && cached.doc() == doc) {
			return cached.highlightable();
		}
		EvidenceEntry entry = entry(doc);
		String text = (entry != null) ? DocumentFactory.highlightText(entry) : "";
		if (text.length() > HIGHLIGHT_LENGTH) {
			text = text.substring(0, HIGHLIGHT_LENGTH);
		}
		Highlightable highlightable = new Highlightable(text, SentenceBreaks.find(text));
		this.highlightables.set(slot, new CachedHighlightable(doc, highlightable));
		return highlightable;
	}

	private record CachedHighlightable(int doc, Highlightable highlightable) {
	}

	/** A document's highlight text and the offsets where its sentences begin and end. */
	record Highlightable(String text, int[] sentences) {
	}

	/** The document of an entry, or -1. */
	int doc(EntryRef ref) {
		try {
			BytesRef term = new BytesRef(ref.toString());
			for (LeafReaderContext leaf : this.reader.leaves()) {
				PostingsEnum postings = leaf.reader().postings(new Term(IndexFields.REF, term), PostingsEnum.NONE);
				if (postings != null && postings.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
					return leaf.docBase + postings.docID();
				}
			}
			return -1;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Entries of any centre that link to this one. */
	List<EvidenceEntry> inbound(EntryRef ref) {
		return this.inbound.getOrDefault(ref, List.of())
			.stream()
			.map(this.catalogue::entry)
			.flatMap(java.util.Optional::stream)
			.toList();
	}

	/** The index of a facet name, or -2 if no document has it. */
	int facetIndex(String name) {
		return this.facets.facetIndex(name);
	}

	String facetName(int index) {
		return this.facets.facetName(index);
	}

	/** Every document's position in title order. */
	TitleOrder titleOrder() {
		return this.titleOrder;
	}

	FacetOrdinals.LeafFacets leafFacets(int leafOrd) {
		return this.facets.leaf(leafOrd);
	}

	/** The type-ahead index, built on first use. */
	Suggester suggester() {
		Suggester built = this.suggester.get();
		if (built == null) {
			try {
				built = new Suggester(this);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			if (!this.suggester.compareAndSet(null, built)) {
				built = this.suggester.get();
			}
		}
		return built;
	}

}
