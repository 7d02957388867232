package org.whatworks.core.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.whatworks.core.content.CentreLoader;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.OnError;
import org.whatworks.core.plugin.ContentSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measures relevance on the real content of the six centres with a judged query set
 * ({@code search/judged-queries.csv}): recall at 5 and mean reciprocal rank. Centres
 * whose folder is missing are skipped, and so are the queries that expect only their
 * entries.
 */
class RelevanceTests {

	static final List<String> CENTRES = List.of("education", "crime", "early-intervention", "health", "ageing",
			"local-growth");

	/** Floors a little under the figures measured (recall@5 0.954, MRR 0.963). */
	static final double RECALL_FLOOR = 0.90;

	static final double MRR_FLOOR = 0.90;

	record Judged(String category, String query, List<String> expected) {
	}

	static EvidenceCatalogue realContent() {
		Map<String, Supplier<LoadedCentre>> loaders = new LinkedHashMap<>();
		for (String id : CENTRES) {
			Path folder = Path.of("..", "centre-" + id, "src", "main", "resources", "whatworks", "centres", id);
			if (Files.isDirectory(folder.resolve("entries"))) {
				loaders.put(id, () -> CentreLoader.load(ContentSource.directory(folder), id));
			}
		}
		return EvidenceCatalogue.load(loaders, List.of(), OnError.QUARANTINE);
	}

	/**
	 * The rows of a CSV test resource, each split into at most {@code fields} fields;
	 * blank lines and {@code #} comments are left out.
	 */
	static List<String[]> csvRows(String resource, int fields) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = RelevanceTests.class.getResourceAsStream(resource)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split(",", fields));
				}
			}
		}
		return rows;
	}

	static List<Judged> judged() throws IOException {
		List<Judged> judged = new ArrayList<>();
		for (String[] parts : csvRows("/search/judged-queries.csv", 3)) {
			judged.add(new Judged(parts[0].strip(), parts[1].strip(), Arrays.asList(parts[2].strip().split(" +"))));
		}
		return judged;
	}

	@Test
	void judgedQueriesFindTheirEntries() throws IOException {
		EvidenceCatalogue catalogue = realContent();
		assumeTrue(!catalogue.centres().isEmpty(), "no centre content found");
		List<Judged> judged = judged();
		assertThat(judged).hasSizeGreaterThanOrEqualTo(60);
		try (LuceneEvidenceSearch search = new LuceneEvidenceSearch(catalogue)) {
			Set<String> entries = new java.util.HashSet<>();
			catalogue.entries().forEach((e) -> entries.add(e.ref().toString()));
			double recall = 0;
			double reciprocal = 0;
			int counted = 0;
			Map<String, double[]> byCategory = new TreeMap<>();
			StringBuilder misses = new StringBuilder();
			for (Judged j : judged) {
				List<String> expected = j.expected().stream().filter(entries::contains).toList();
				if (expected.isEmpty()) {
					continue;
				}
				List<String> top = search.search(new SearchRequest(j.query(), Map.of(), SortOrder.RELEVANCE, 1, 10))
					.hits()
					.stream()
					.map((hit) -> hit.entry().ref().toString())
					.toList();
				long found = top.stream().limit(5).filter(expected::contains).count();
				double r = (double) found / Math.min(expected.size(), 5);
				double rr = 0;
				for (int i = 0; i < top.size(); i++) {
					if (expected.contains(top.get(i))) {
						rr = 1.0 / (i + 1);
						break;
					}
				}
				recall += r;
				reciprocal += rr;
				counted++;
				double[] c = byCategory.computeIfAbsent(j.category(), (k) -> new double[3]);
				c[0] += r;
				c[1] += rr;
				c[2]++;
				if (rr < 1) {
					misses.append(String.format("  %-8s %-45s rr=%.2f r@5=%.2f top=%s%n", j.category(), j.query(), rr,
							r, top.stream().limit(3).toList()));
				}
			}
			double recallAt5 = recall / counted;
			double mrr = reciprocal / counted;
			StringBuilder report = new StringBuilder();
			report.append(
					String.format("Relevance over %d judged queries, %d centres, %d entries: recall@5=%.3f MRR=%.3f%n",
							counted, catalogue.centres().size(), entries.size(), recallAt5, mrr));
			byCategory.forEach((k, c) -> report.append(
					String.format("  %-8s n=%-3d recall@5=%.3f MRR=%.3f%n", k, (int) c[2], c[0] / c[2], c[1] / c[2])));
			report.append("Queries whose first hit is not relevant:\n").append(misses);
			System.out.println(report);
			assertThat(counted).isGreaterThanOrEqualTo(60);
			assertThat(recallAt5).as("recall@5").isGreaterThanOrEqualTo(RECALL_FLOOR);
			assertThat(mrr).as("MRR").isGreaterThanOrEqualTo(MRR_FLOOR);
		}
	}

	/**
	 * Issue 18's targets for the held-out half of the user query set: recall@5 0.93 and
	 * MRR@10 0.85 overall, recall@5 0.85 for every query type. Overall recall NOT MET yet
	 * (held-out recall@5 0.887 after the pooled re-judging, 0.871 as first judged; see
	 * docs/search.md): the test prints each shortfall and asserts the floors below.
	 */
	static final double HELD_RECALL_TARGET = 0.93;

	static final double HELD_MRR_TARGET = 0.85;

	static final double TYPE_RECALL_TARGET = 0.85;

	/**
	 * Regression floors for the judgements as first written, a little under the held-out
	 * figures of 7 December 2026 with the entries' reviewed search words (recall@5 0.871,
	 * MRR 0.904, lowest type 0.810), so that ranking can only get better; to be raised to
	 * the targets when they are met.
	 */
	static final double HELD_RECALL_FLOOR = 0.865;

	static final double HELD_MRR_FLOOR = 0.885;

	static final double TYPE_RECALL_FLOOR = 0.81;

	/**
	 * The same floors for the judgements after the pooled re-judging, the figures issue
	 * 18 is measured on (measured with the reviewed search words: recall@5 0.887, MRR
	 * 0.946, lowest type 0.854, the same in repeated runs): every type is held at its
	 * target of 0.85.
	 */
	static final double REJUDGED_RECALL_FLOOR = 0.88;

	static final double REJUDGED_MRR_FLOOR = 0.94;

	static final double REJUDGED_TYPE_RECALL_FLOOR = TYPE_RECALL_TARGET;

	/**
	 * The held-out half's misses are listed only on request, so that whoever tunes the
	 * ranking does not see them while tuning: the figures are printed on every run.
	 */
	static final String SHOW_HELD_OUT_PROPERTY = "whatworks.relevance.showHeldOut";

	static final boolean SHOW_HELD_OUT_MISSES = Boolean.getBoolean(SHOW_HELD_OUT_PROPERTY);

	record UserQuery(String half, String type, String centre, String query, List<String> expected) {
	}

	static List<UserQuery> userQueries() throws IOException {
		List<UserQuery> queries = new ArrayList<>();
		for (String[] parts : csvRows("/search/user-queries.csv", 5)) {
			queries.add(new UserQuery(parts[0].strip(), parts[1].strip(), parts[2].strip(), parts[3].strip(),
					Arrays.asList(parts[4].strip().split(" +"))));
		}
		return queries;
	}

	/**
	 * Queries written as users type them (questions, everyday phrases, jargon, programme
	 * names, typos, American spellings), judged afterwards. Ranking may be tuned against
	 * the development half only; the floors apply to the held-out half. Measured twice:
	 * with the judgements as first written, and after the pooled re-judging
	 * ({@link PooledJudgementsTests}), which added relevant entries the first judging
	 * never saw (entries written since); the difference is the part of a change that
	 * comes from judging rather than ranking.
	 */
	@Test
	void userQueriesFindTheirEntries() throws IOException {
		EvidenceCatalogue catalogue = realContent();
		assumeTrue(catalogue.centres().size() == CENTRES.size(), "the six centres' content is needed");
		List<UserQuery> queries = userQueries();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(200);
		try (LuceneEvidenceSearch search = new LuceneEvidenceSearch(catalogue)) {
			Map<String, Map<String, double[]>> first = measure(search, queries, "as first judged");
			Map<String, Map<String, double[]>> rejudged = measure(search, PooledJudgementsTests.rejudgedQueries(),
					"after pooled re-judging");
			assertFloors(first.get("held"), HELD_RECALL_FLOOR, HELD_MRR_FLOOR, TYPE_RECALL_FLOOR);
			assertFloors(rejudged.get("held"), REJUDGED_RECALL_FLOOR, REJUDGED_MRR_FLOOR, REJUDGED_TYPE_RECALL_FLOOR);
		}
	}

	/**
	 * Recall@5 and MRR@10 of each half, overall, per type and per centre; prints them,
	 * the targets not met and the queries not fully answered.
	 */
	static Map<String, Map<String, double[]>> measure(LuceneEvidenceSearch search, List<UserQuery> queries,
			String judging) {
		// half -> group ("all", "type:x", "centre:y") -> recall sum, reciprocal sum,
		// count
		Map<String, Map<String, double[]>> figures = new TreeMap<>();
		StringBuilder misses = new StringBuilder();
		int heldOutMisses = 0;
		for (UserQuery q : queries) {
			List<String> top = search.search(new SearchRequest(q.query(), Map.of(), SortOrder.RELEVANCE, 1, 10))
				.hits()
				.stream()
				.map((hit) -> hit.entry().ref().toString())
				.toList();
			long found = top.stream().limit(5).filter(q.expected()::contains).count();
			double r = (double) found / Math.min(q.expected().size(), 5);
			double rr = 0;
			for (int i = 0; i < top.size(); i++) {
				if (q.expected().contains(top.get(i))) {
					rr = 1.0 / (i + 1);
					break;
				}
			}
			for (String group : List.of("all", "type:" + q.type(), "centre:" + q.centre())) {
				double[] f = figures.computeIfAbsent(q.half(), (k) -> new TreeMap<>())
					.computeIfAbsent(group, (k) -> new double[3]);
				f[0] += r;
				f[1] += rr;
				f[2]++;
			}
			if ((r < 1 || rr < 1) && (q.half().equals("dev") || SHOW_HELD_OUT_MISSES)) {
				misses.append(String.format("  %-4s %-9s %-50s rr=%.2f r@5=%.2f top=%s%n", q.half(), q.type(),
						q.query(), rr, r, top.stream().limit(3).toList()));
			}
			else if (r < 1 || rr < 1) {
				heldOutMisses++;
			}
		}
		StringBuilder report = new StringBuilder("User queries, " + judging + " (recall@5, MRR@10):\n");
		figures.forEach((half, groups) -> groups
			.forEach((group, f) -> report.append(String.format("  %-4s %-28s n=%-3d recall@5=%.3f MRR=%.3f%n", half,
					group, (int) f[2], f[0] / f[2], f[1] / f[2]))));
		Map<String, double[]> heldOut = figures.get("held");
		heldOut.forEach((group, f) -> {
			double target = group.equals("all") ? HELD_RECALL_TARGET
					: group.startsWith("type:") ? TYPE_RECALL_TARGET : 0;
			if (f[0] / f[2] < target) {
				report.append(String.format("TARGET NOT MET (%s): held-out recall@5 of %s is %.3f, target %.2f%n",
						judging, group, f[0] / f[2], target));
			}
		});
		if (heldOut.get("all")[1] / heldOut.get("all")[2] < HELD_MRR_TARGET) {
			report.append(String.format("TARGET NOT MET (%s): held-out MRR@10 is %.3f, target %.2f%n", judging,
					heldOut.get("all")[1] / heldOut.get("all")[2], HELD_MRR_TARGET));
		}
		report.append("Queries not fully answered in the top 5 (" + judging + "):\n").append(misses);
		if (heldOutMisses > 0) {
			report.append(String.format("  and %d held-out queries, not listed: run with -D%s=true to list them%n",
					heldOutMisses, SHOW_HELD_OUT_PROPERTY));
		}
		System.out.println(report);
		return figures;
	}

	static void assertFloors(Map<String, double[]> held, double recallFloor, double mrrFloor, double typeFloor) {
		assertThat(held.get("all")[0] / held.get("all")[2]).as("held-out recall@5").isGreaterThanOrEqualTo(recallFloor);
		assertThat(held.get("all")[1] / held.get("all")[2]).as("held-out MRR@10").isGreaterThanOrEqualTo(mrrFloor);
		held.forEach((group, f) -> {
			if (group.startsWith("type:")) {
				assertThat(f[0] / f[2]).as("held-out recall@5 of " + group).isGreaterThanOrEqualTo(typeFloor);
			}
		});
	}

}
