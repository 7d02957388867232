package org.whatworks.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.search.Facets;
import org.whatworks.core.search.IndexFields;
import org.whatworks.core.search.LuceneEvidenceSearch;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.core.search.SearchResults;
import org.whatworks.core.search.SearchSettings;
import org.whatworks.core.search.SortOrder;

/**
 * Measures index build rate and query latency of {@link LuceneEvidenceSearch} over a
 * synthetic network, against a bare Lucene top-10 search plus facet counting on the same
 * index. Usage: {@code SearchBenchmark [entries] [queries] [threads] [index folder]}:
 * with a folder, both indexes are kept on disk under it (deleted afterwards) instead of
 * in the heap. Entries are generated when read, never held (see
 * {@link SyntheticNetwork}).
 */
public final class SearchBenchmark {

	/** The fixed query mix: text, filters and sort. */
	static final List<SearchRequest> MIX = mix();

	private SearchBenchmark() {
	}

	public static void main(String[] args) {
		int entries = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int queries = (args.length > 1) ? Integer.parseInt(args[1]) : 2_000;
		int threads = (args.length > 2) ? Integer.parseInt(args[2]) : 2;
		Path folder = (args.length > 3) ? Path.of(args[3]) : null;
		Report report = run(entries, queries, threads, folder, true);
		System.out.println(report);
	}

	/** The measured figures of one run. */
	public record Report(int entries, int threads, double readSeconds, double buildSeconds, double entriesPerSecond,
			double buildCpuSeconds, double bareBuildSeconds, double bareBuildCpuSeconds, double searchP50,
			double searchP99, double searchMean, double bareP50, double bareP99, double bareMean, long heapMb,
			long maxHeapMb, boolean onDisk, double loadBefore, double loadAfter) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "entries=%d threads=%d index %s; reading every entry once=%.1fs; "
					+ "build=%.1fs (%.0f entries/s)%n"
					+ "build CPU %.1fs (%.0f entries per CPU-second); bare Lucene build (1 thread, EnglishAnalyzer, "
					+ "one text field): %.1fs (%.0f entries/s), CPU %.1fs (%.0f entries per CPU-second)%n"
					+ "full search (query+filters+sort+facets+highlights, 20 hits): p50=%.2fms p99=%.2fms mean=%.2fms%n"
					+ "bare Lucene top-10 + facet counts:                         p50=%.2fms p99=%.2fms mean=%.2fms%n"
					+ "median ratio full/bare = %.2fx; heap used after build %d MB of %d MB; "
					+ "load average %.1f before, %.1f after", this.entries, this.threads,
					this.onDisk ? "on disk" : "in memory", this.readSeconds, this.buildSeconds, this.entriesPerSecond,
					this.buildCpuSeconds, this.entries / this.buildCpuSeconds, this.bareBuildSeconds,
					this.entries / this.bareBuildSeconds, this.bareBuildCpuSeconds,
					this.entries / this.bareBuildCpuSeconds, this.searchP50, this.searchP99, this.searchMean,
					this.bareP50, this.bareP99, this.bareMean, this.searchP50 / this.bareP50, this.heapMb,
					this.maxHeapMb, this.loadBefore, this.loadAfter);
		}

	}

	/** Generates, builds and measures. */
	public static Report run(int entries, int queries, int threads, Path folder, boolean log) {
		EvidenceCatalogue catalogue = new SyntheticNetwork(42).catalogue(entries);
		// what one pass over the entries costs: both builds below include it
		long start = System.nanoTime();
		long words = 0;
		for (EvidenceEntry entry : catalogue.entries()) {
			words += entry.summary().length();
		}
		double read = seconds(start);
		if (log) {
			System.out.printf(Locale.ROOT, "read %d entries once in %.1fs (%d)%n", catalogue.entries().size(), read,
					words % 10);
		}
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		double[] bareBuild = bareBuild(catalogue, folder);
		if (log) {
			System.out.printf(Locale.ROOT, "bare Lucene build in %.1fs%n", bareBuild[0]);
		}
		long cpu = processCpuNanos();
		start = System.nanoTime();
		try (LuceneEvidenceSearch search = new LuceneEvidenceSearch(catalogue, new SearchSettings(folder, threads))) {
			double build = seconds(start);
			double buildCpu = (processCpuNanos() - cpu) / 1e9;
			if (log) {
				System.out.printf(Locale.ROOT, "built the index in %.1fs%n", build);
			}
			System.gc();
			long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
			int warmup = Math.max(50, queries / 4);
			// CPU per query, every thread of the process, warm-up included on both sides:
			// unlike wall time, hardly moved by other processes on a shared machine
			long fullCpu = processCpuNanos();
			double[] full = measure(search, warmup, queries, log);
			fullCpu = processCpuNanos() - fullCpu;
			long bareCpu = processCpuNanos();
			double[] bare = search.withSearcher((searcher) -> measureBare(searcher, warmup, queries));
			bareCpu = processCpuNanos() - bareCpu;
			if (log) {
				double perFull = fullCpu / 1e6 / (warmup + queries);
				double perBare = bareCpu / 1e6 / (warmup + queries);
				System.out.printf(Locale.ROOT, "CPU per query: full %.2fms, bare %.2fms, ratio %.2fx%n", perFull,
						perBare, perFull / perBare);
			}
			return new Report(catalogue.entries().size(), threads, read, build, catalogue.entries().size() / build,
					buildCpu, bareBuild[0], bareBuild[1], percentile(full, 50), percentile(full, 99), mean(full),
					percentile(bare, 50), percentile(bare, 99), mean(bare), heap,
					Runtime.getRuntime().maxMemory() / (1024 * 1024), folder != null, loadBefore,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	/**
	 * A bare single-threaded Lucene build of the same entries for comparison: one
	 * {@code EnglishAnalyzer} text field of title, summary, finding notes and section
	 * Markdown, plus a keyword id. Returns wall and CPU seconds.
	 */
	private static double[] bareBuild(EvidenceCatalogue catalogue, Path folder) {
		long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		long start = System.nanoTime();
		Path bareFolder = null;
		try (Directory directory = (folder != null)
				? FSDirectory.open(bareFolder = Files.createTempDirectory(Files.createDirectories(folder), "bare-"))
				: new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig(new EnglishAnalyzer()).setRAMBufferSizeMB(128))) {
			StringBuilder text = new StringBuilder();
			for (EvidenceEntry entry : catalogue.entries()) {
				text.setLength(0);
				text.append(entry.title()).append('\n').append(entry.summary());
				entry.findings().forEach((finding) -> text.append('\n').append(Objects.toString(finding.note(), "")));
				entry.sections().forEach((section) -> text.append('\n').append(section.markdown()));
				Document doc = new Document();
				doc.add(new StringField("id", entry.ref().toString(), Field.Store.NO));
				doc.add(new TextField("all", text.toString(), Field.Store.NO));
				writer.addDocument(doc);
			}
			writer.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		double[] times = { seconds(start),
				(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9 };
		delete(bareFolder);
		return times;
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long processCpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return 0;
	}

	private static double[] measure(LuceneEvidenceSearch search, int warmup, int queries, boolean log) {
		long sink = 0;
		for (int i = 0; i < warmup; i++) {
			sink += search.search(MIX.get(i % MIX.size())).total();
		}
		double[] times = new double[queries];
		double[] byRequest = new double[MIX.size()];
		long[] totals = new long[MIX.size()];
		for (int i = 0; i < queries; i++) {
			long t = System.nanoTime();
			SearchResults results = search.search(MIX.get(i % MIX.size()));
			times[i] = (System.nanoTime() - t) / 1e6;
			byRequest[i % MIX.size()] += times[i];
			totals[i % MIX.size()] = results.total();
			sink += results.total() + results.hits().size();
		}
		if (log) {
			// the slowest requests of the mix, by mean time: where p99 comes from
			Integer[] order = new Integer[MIX.size()];
			for (int i = 0; i < order.length; i++) {
				order[i] = i;
			}
			Arrays.sort(order, (a, b) -> Double.compare(byRequest[b], byRequest[a]));
			int runs = Math.max(1, queries / MIX.size());
			for (int k = 0; k < 5; k++) {
				SearchRequest request = MIX.get(order[k]);
				System.out.printf(Locale.ROOT, "  slow: %.2fms mean  q=\"%s\" filters=%s sort=%s page=%d total=%d%n",
						byRequest[order[k]] / runs, request.query(), request.filters(), request.sort(), request.page(),
						totals[order[k]]);
			}
		}
		if (sink == 42) {
			System.out.println();
		}
		return times;
	}

	private static double[] measureBare(IndexSearcher searcher, int warmup, int queries) {
		try {
			SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(),
					IndexFields.FACETS, new org.apache.lucene.facet.FacetsConfig());
			QueryBuilder builder = new QueryBuilder(new EnglishAnalyzer());
			List<Query> bare = new ArrayList<>();
			for (SearchRequest request : MIX) {
				Query query = request.query().isBlank() ? null : builder.createBooleanQuery(IndexFields.ALL,
						request.query().replaceAll("[\"-]", " "), BooleanClause.Occur.MUST);
				bare.add((query != null) ? query : new MatchAllDocsQuery());
			}
			long sink = 0;
			double[] times = new double[queries];
			for (int i = 0; i < warmup + queries; i++) {
				long t = System.nanoTime();
				FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher,
						bare.get(i % bare.size()), 10, new FacetsCollectorManager());
				FacetsCollector collector = result.facetsCollector();
				List<FacetResult> dims = new SortedSetDocValuesFacetCounts(state, collector).getAllDims(20);
				if (i >= warmup) {
					times[i - warmup] = (System.nanoTime() - t) / 1e6;
				}
				sink += result.topDocs().scoreDocs.length + dims.size();
			}
			if (sink == 42) {
				System.out.println();
			}
			return times;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<SearchRequest> mix() {
		List<SearchRequest> mix = new ArrayList<>();
		String[] texts = { "tutoring", "reading phonics", "older people falls", "\"blood pressure\"", "crime -prison",
				"kids therapy", "employment support over 50s", "", "broadband business", "hypertension",
				"young people mentoring", "evidence review cost", "parenting toddlers", "smoking", "cold homes winter",
				"tagging offenders", "school", "vaccination flu uptake", "regeneration estates", "depression" };
		SortOrder[] sorts = SortOrder.values();
		for (int i = 0; i < texts.length; i++) {
			Map<String, Set<String>> filters = switch (i % 4) {
				case 1 -> Map.of(Facets.CENTRE, Set.of("education", "health"));
				case 2 -> Map.of(Facets.BAND, Set.of("WELL_SUPPORTED", "PROMISING"), Facets.COST, Set.of("1", "2"));
				case 3 -> Map.of(Facets.CENTRE, Set.of("crime"), "crime.approach", Set.of("approach-1", "approach-3"));
				default -> Map.of();
			};
			SortOrder sort = (i % 3 == 0) ? sorts[(i / 3) % sorts.length] : SortOrder.RELEVANCE;
			int page = (i % 5 == 4) ? 3 : 1;
			mix.add(new SearchRequest(texts[i], filters, sort, page, 20));
		}
		return List.copyOf(mix);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static double percentile(double[] values, int p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static double mean(double[] values) {
		return Arrays.stream(values).average().orElse(0);
	}

}
