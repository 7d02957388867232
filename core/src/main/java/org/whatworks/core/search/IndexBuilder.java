package org.whatworks.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;

/**
 * Builds the index of a catalogue, in memory or in a folder of its own, on one or more
 * threads, noting the links between entries as it goes.
 */
final class IndexBuilder {

	private IndexBuilder() {
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
			discard(directory, folder);
			throw new UncheckedIOException("Could not build the search index", ex);
		}
		catch (RuntimeException ex) {
			discard(directory, folder);
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

	/** Closes a directory and deletes its folder, if any; best effort. */
	static void discard(Directory directory, Path folder) {
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

}
