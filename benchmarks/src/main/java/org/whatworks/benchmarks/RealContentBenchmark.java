package org.whatworks.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.whatworks.core.content.CentreLoader;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.OnError;
import org.whatworks.core.plugin.ContentSource;
import org.whatworks.core.search.LuceneEvidenceSearch;
import org.whatworks.core.search.SearchRequest;

/**
 * Core's search alone on the real content, every query a different everyday query of two
 * or three words (the load test's): searches per second of CPU, which a busy shared
 * machine disturbs much less than requests per second. Run from the repository root:
 * <pre>
 * java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
 *   org.whatworks.benchmarks.RealContentBenchmark 60 20 2   # warm-up s, measured s, threads
 * </pre>
 */
public final class RealContentBenchmark {

	private static final List<String> CENTRES = List.of("education", "crime", "early-intervention", "health", "ageing",
			"local-growth");

	private RealContentBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int warmup = (args.length > 0) ? Integer.parseInt(args[0]) : 60;
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
		int threads = (args.length > 2) ? Integer.parseInt(args[2]) : 2;
		int rounds = (args.length > 3) ? Integer.parseInt(args[3]) : 1;
		EverydayQueries queries = EverydayQueries.from(Path.of("scripts", "search-vs-bare.lua"));
		try (LuceneEvidenceSearch search = new LuceneEvidenceSearch(realContent())) {
			AtomicLong next = new AtomicLong();
			run(search, queries, next, threads, warmup);
			for (int round = 1; round <= rounds; round++) {
				Result result = run(search, queries, next, threads, seconds);
				System.out.printf(Locale.ROOT,
						"round %d: %d searches in %d s on %d threads: %.0f/s, %.0f per CPU-second (%.0f µs of CPU each), "
								+ "p50 %.2f ms, p99 %.2f ms, load %.2f%n",
						round, result.count, seconds, threads, result.count / (double) seconds,
						result.count / (result.cpuNanos / 1e9), result.cpuNanos / 1e3 / result.count, result.p50,
						result.p99, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			}
		}
	}

	/**
	 * Opens a search of the real content and returns what runs the n-th everyday query on
	 * it (for {@link CoreComparison}, which calls it in a class loader of its own).
	 */
	public static LongConsumer searcher() {
		EverydayQueries queries = EverydayQueries.from(Path.of("scripts", "search-vs-bare.lua"));
		LuceneEvidenceSearch search = new LuceneEvidenceSearch(realContent());
		return (k) -> search.search(SearchRequest.of(queries.query(k)));
	}

	private record Result(long count, long cpuNanos, double p50, double p99) {
	}

	private static Result run(LuceneEvidenceSearch search, EverydayQueries queries, AtomicLong next, int threads,
			int seconds) throws InterruptedException {
		ThreadMXBean mx = ManagementFactory.getThreadMXBean();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicLong cpu = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		List<Thread> running = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			long[] times = new long[2_000_000];
			latencies.add(times);
			Thread thread = new Thread(() -> {
				long startCpu = mx.getCurrentThreadCpuTime();
				int n = 0;
				while (System.nanoTime() < end && n < times.length - 1) {
					long start = System.nanoTime();
					search.search(SearchRequest.of(queries.query(next.getAndIncrement())));
					times[++n] = System.nanoTime() - start;
				}
				times[0] = n;
				cpu.addAndGet(mx.getCurrentThreadCpuTime() - startCpu);
			});
			thread.start();
			running.add(thread);
		}
		for (Thread thread : running) {
			thread.join();
		}
		List<Long> all = new ArrayList<>();
		for (long[] times : latencies) {
			for (int i = 1; i <= times[0]; i++) {
				all.add(times[i]);
			}
		}
		all.sort(null);
		double p50 = all.isEmpty() ? 0 : all.get(all.size() / 2) / 1e6;
		double p99 = all.isEmpty() ? 0 : all.get(Math.min(all.size() - 1, (int) (all.size() * 0.99))) / 1e6;
		return new Result(all.size(), cpu.get(), p50, p99);
	}

	static EvidenceCatalogue realContent() {
		Map<String, Supplier<LoadedCentre>> loaders = new LinkedHashMap<>();
		for (String id : CENTRES) {
			Path folder = Path.of("centre-" + id, "src", "main", "resources", "whatworks", "centres", id);
			if (Files.isDirectory(folder.resolve("entries"))) {
				loaders.put(id, () -> CentreLoader.load(ContentSource.directory(folder), id));
			}
		}
		return EvidenceCatalogue.load(loaders, List.of(), OnError.QUARANTINE);
	}

}
