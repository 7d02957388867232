package org.whatworks.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Two builds of core in one JVM, each in a class loader of its own, searching the real
 * content with the same everyday queries in alternating rounds: on a machine shared with
 * other work, both suffer the same disturbances, so the ratio of their CPU per search
 * means something when two separate runs would not. From the repository root, after
 * {@code ./mvnw -pl core,benchmarks install -DskipTests}: <pre>
 * java -cp benchmarks/target/classes org.whatworks.benchmarks.CoreComparison \
 *   old-core.jar core/target/whatworks-core-1.0.0-SNAPSHOT.jar 60 40 1   # warm-up s, rounds, s per round
 * </pre>
 */
public final class CoreComparison {

	private CoreComparison() {
	}

	public static void main(String[] args) throws Exception {
		Path a = Path.of(args[0]);
		Path b = Path.of(args[1]);
		int warmup = Integer.parseInt(args[2]);
		int rounds = Integer.parseInt(args[3]);
		double seconds = Double.parseDouble(args[4]);
		List<String> deps = new ArrayList<>(
				Arrays.asList(Files.readString(Path.of("benchmarks", "target", "classpath.txt")).strip().split(":")));
		deps.removeIf((entry) -> entry.contains("whatworks-core"));
		LongConsumer first = searcher(a, deps);
		LongConsumer second = searcher(b, deps);
		AtomicLong next = new AtomicLong();
		long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
		while (System.nanoTime() < warmEnd) {
			round(first, next, 1);
			round(second, next, 1);
		}
		List<Double> ratios = new ArrayList<>();
		double cpuA = 0;
		double cpuB = 0;
		for (int r = 0; r < rounds; r++) {
			boolean aFirst = r % 2 == 0;
			double x = round(aFirst ? first : second, next, seconds);
			double y = round(aFirst ? second : first, next, seconds);
			double ca = aFirst ? x : y;
			double cb = aFirst ? y : x;
			cpuA += ca;
			cpuB += cb;
			ratios.add(cb / ca);
		}
		ratios.sort(null);
		System.out.printf(Locale.ROOT,
				"CPU per search: %s %.0f µs, %s %.0f µs (means over %d rounds); ratio second/first: median %.3f, "
						+ "quartiles %.3f-%.3f%n",
				a.getFileName(), cpuA / rounds, b.getFileName(), cpuB / rounds, rounds, ratios.get(rounds / 2),
				ratios.get(rounds / 4), ratios.get(3 * rounds / 4));
	}

	private static LongConsumer searcher(Path core, List<String> deps) throws Exception {
		List<URL> urls = new ArrayList<>();
		urls.add(core.toUri().toURL());
		urls.add(Path.of("benchmarks", "target", "classes").toUri().toURL());
		for (String dep : deps) {
			urls.add(Path.of(dep).toUri().toURL());
		}
		URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
		return (LongConsumer) loader.loadClass(RealContentBenchmark.class.getName()).getMethod("searcher").invoke(null);
	}

	/** Two threads searching for the given time; the CPU per search in microseconds. */
	private static double round(LongConsumer searcher, AtomicLong next, double seconds) throws InterruptedException {
		ThreadMXBean mx = ManagementFactory.getThreadMXBean();
		long end = System.nanoTime() + (long) (seconds * 1e9);
		AtomicLong cpu = new AtomicLong();
		AtomicLong count = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < 2; t++) {
			Thread thread = new Thread(() -> {
				long start = mx.getCurrentThreadCpuTime();
				while (System.nanoTime() < end) {
					searcher.accept(next.getAndIncrement());
					count.incrementAndGet();
				}
				cpu.addAndGet(mx.getCurrentThreadCpuTime() - start);
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return cpu.get() / 1e3 / Math.max(1, count.get());
	}

}
