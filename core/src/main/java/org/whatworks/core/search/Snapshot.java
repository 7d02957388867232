package org.whatworks.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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

	private final List<String> facetNames = new ArrayList<>();

	private final Map<String, Integer> facetIndexes = new HashMap<>();

	private final LeafFacets[] leafFacets;

	private final TitleOrder titleOrder;

	private final AtomicInteger references = new AtomicInteger(1);

	private final AtomicReference<Suggester> suggester = new AtomicReference<>();

	/**
	 * Below this many documents the index is searched as one slice, on the calling
	 * thread. Not final so that a check can compare both ways.
	 */
	static volatile int parallelFrom = 20_000;

	private Snapshot(EvidenceCatalogue catalogue, SearchAnalysis analysis, DocumentFactory documents,
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
		this.leafFacets = new LeafFacets[this.reader.leaves().size()];
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
			// every document's ords, read once: counting from plain arrays is several
			// times cheaper than decoding the doc values of every match of every search
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
			this.leafFacets[leaf.ord] = new LeafFacets(facets, values, starts, Arrays.copyOf(ords, at), totals);
		}
	}

	/**
	 * Builds the index of a catalogue and opens a snapshot on it.
	 * @param catalogue the content
	 * @param settings where to keep the index and how many threads to build with
	 * @param generation a number unique to this build, naming its folder on disk
	 * @param executor runs the slices of large indexes in parallel, or null
	 * @return the snapshot
	 */
	static Snapshot build(EvidenceCatalogue catalogue, SearchSettings settings, long generation, Executor executor) {
		SearchAnalysis analysis = SearchAnalysis.of(catalogue);
		DocumentFactory documents = new DocumentFactory(catalogue);
		Path folder = (settings.indexDirectory() != null)
				? settings.indexDirectory().resolve("index-" + generation + "-" + System.nanoTime()) : null;
		Directory directory = null;
		try {
			// one buffer per file: the default many-buffer layout makes every clone of an
			// input (one per postings enum) copy a list of buffers, a third of search CPU
			directory = (folder != null) ? FSDirectory.open(Files.createDirectories(folder))
					: new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
							ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
			IndexWriterConfig config = new IndexWriterConfig(analysis.perField());
			config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
			config.setRAMBufferSizeMB(128);
			// compound files copy every segment once more; pointless in memory, and the
			// index has few segments on disk
			config.setUseCompoundFile(false);
			TieredMergePolicy merges = new TieredMergePolicy();
			merges.setNoCFSRatio(0);
			config.setMergePolicy(merges);
			config.setCommitOnClose(true);
			Links links = new Links();
			try (IndexWriter writer = new IndexWriter(directory, config)) {
				addAll(writer, documents, catalogue, links, settings.indexThreads());
				writer.commit();
			}
			return new Snapshot(catalogue, analysis, documents, links.inbound(), directory, folder, executor);
		}
		catch (IOException ex) {
			closeQuietly(directory, folder);
			throw new UncheckedIOException("Could not build the search index", ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(directory, folder);
			throw ex;
		}
	}

	/**
	 * Adds every entry, on as many threads as asked for (one below 1,000 entries), and
	 * notes the links between them. The threads take entries from the one iterator in
	 * small batches, so that on-demand entries are read once each and never all held.
	 */
	private static void addAll(IndexWriter writer, DocumentFactory documents, EvidenceCatalogue catalogue, Links links,
			int threads) throws IOException {
		int workers = Math.max(1, Math.min(threads, catalogue.entries().size() / 500));
		Batches batches = new Batches(catalogue.entries().iterator());
		if (workers == 1) {
			for (Batch batch = batches.next(); batch != null; batch = batches.next()) {
				add(writer, documents, catalogue, batch, links);
			}
			return;
		}
		AtomicReference<Throwable> failure = new AtomicReference<>();
		List<Thread> running = new ArrayList<>();
		for (int w = 0; w < workers; w++) {
			Thread thread = new Thread(() -> {
				try {
					for (Batch batch = batches.next(); batch != null && failure.get() == null; batch = batches.next()) {
						add(writer, documents, catalogue, batch, links);
					}
					// flush this thread's buffer here, so the two buffers become segments
					// in parallel rather than one after the other in commit()
					writer.flushNextBuffer();
				}
				catch (Throwable ex) {
					failure.compareAndSet(null, ex);
				}
			}, "search-index-" + w);
			thread.start();
			running.add(thread);
		}
		for (Thread thread : running) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while indexing", ex);
			}
		}
		Throwable ex = failure.get();
		if (ex instanceof IOException io) {
			throw io;
		}
		if (ex instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (ex != null) {
			throw new IllegalStateException("Indexing failed", ex);
		}
	}

	private static void add(IndexWriter writer, DocumentFactory documents, EvidenceCatalogue catalogue, Batch batch,
			Links links) throws IOException {
		for (int i = 0; i < batch.entries().size(); i++) {
			EvidenceEntry entry = batch.entries().get(i);
			writer.addDocument(documents.document(entry));
			if (!entry.related().isEmpty()) {
				links.add(batch.first() + i, entry, catalogue.related(entry));
			}
		}
	}

	/**
	 * Links between entries, noted from any index thread; the entries linking to one come
	 * out in catalogue order, whichever thread noted them.
	 */
	private static final class Links {

		private record Link(int position, EntryRef from, EntryRef to) {
		}

		private final List<Link> links = new ArrayList<>();

		synchronized void add(int position, EvidenceEntry from, List<EvidenceEntry> targets) {
			for (EvidenceEntry target : targets) {
				this.links.add(new Link(position, from.ref(), target.ref()));
			}
		}

		synchronized Map<EntryRef, List<EntryRef>> inbound() {
			Map<EntryRef, List<EntryRef>> inbound = new HashMap<>();
			this.links.stream()
				.sorted(Comparator.comparingInt(Link::position))
				.forEach((link) -> inbound.computeIfAbsent(link.to(), (k) -> new ArrayList<>()).add(link.from()));
			return inbound;
		}

	}

	/** Entries of the catalogue from position {@code first} on. */
	private record Batch(int first, List<EvidenceEntry> entries) {
	}

	/** Hands out the catalogue's entries in order, a batch at a time, to any thread. */
	private static final class Batches {

		private static final int SIZE = 64;

		private final Iterator<EvidenceEntry> entries;

		private int position;

		Batches(Iterator<EvidenceEntry> entries) {
			this.entries = entries;
		}

		synchronized Batch next() {
			if (!this.entries.hasNext()) {
				return null;
			}
			List<EvidenceEntry> batch = new ArrayList<>(SIZE);
			while (batch.size() < SIZE && this.entries.hasNext()) {
				batch.add(this.entries.next());
			}
			Batch next = new Batch(this.position, batch);
			this.position += batch.size();
			return next;
		}

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
			closeQuietly(this.directory, this.folder);
		}
	}

	private static void closeQuietly(Directory directory, Path folder) {
		try {
			if (directory != null) {
				directory.close();
			}
			if (folder != null && Files.isDirectory(folder)) {
				try (Stream<Path> files = Files.walk(folder)) {
					for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(path);
					}
				}
			}
		}
		catch (IOException ex) {
			// best effort
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
		return this.facetIndexes.getOrDefault(name, -2);
	}

	String facetName(int index) {
		return this.facetNames.get(index);
	}

	/** Every document's position in title order. */
	TitleOrder titleOrder() {
		return this.titleOrder;
	}

	LeafFacets leafFacets(int leafOrd) {
		return this.leafFacets[leafOrd];
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

	/**
	 * Pre-read facet ordinals of one segment: the facet index and value of each ord, the
	 * ords of document d at {@code ords[starts[d]]} up to {@code ords[starts[d + 1]]},
	 * and how many documents of the segment (deleted ones too) have each ord.
	 */
	record LeafFacets(int[] facets, String[] values, int[] starts, int[] ords, int[] totals) {
	}

	static Map<String, Set<String>> known(Map<String, Set<String>> filters) {
		Map<String, Set<String>> known = new LinkedHashMap<>();
		filters.forEach((name, values) -> {
			if (Facets.isValidName(name)) {
				known.put(name, values);
			}
		});
		return known;
	}

}
