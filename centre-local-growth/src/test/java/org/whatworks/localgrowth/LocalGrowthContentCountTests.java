package org.whatworks.localgrowth;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.whatworks.core.content.CentreLoader;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Finding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4: the What Works Centre for Local Economic Growth module must hold an entry for
 * every evidence review policy area, under the ids agreed in docs/cross-links.md. Reads
 * the entry files from the classpath, so it fails if an entry is removed or renamed.
 */
class LocalGrowthContentCountTests {

	private static final String ENTRIES = "whatworks/centres/local-growth/entries/";

	/** The policy areas the issue names, by the ids other centres link to. */
	private static final String[] POLICY_AREAS = { "employment-training", "apprenticeships", "business-advice",
			"access-to-finance", "innovation-rd-grants", "innovation-rd-tax-credits", "broadband", "transport",
			"estate-renewal", "sports-and-culture", "area-based-initiatives", "public-realm" };

	@Test
	void everyPolicyAreaIsPresentById() throws Exception {
		assertThat(ids()).contains(POLICY_AREAS);
	}

	@Test
	void everyPolicyAreaEntryHasATitle() throws Exception {
		for (String id : POLICY_AREAS) {
			Path file = entriesFolder().resolve(id + ".md");
			assertThat(file).exists();
			assertThat(title(file)).as("title of " + id).isNotBlank();
		}
	}

	@Test
	void includesTheGrowthVouchersTrialAndEnterpriseZoneUpdate() throws Exception {
		assertThat(ids()).contains("growth-vouchers-trial", "enterprise-zones");
		assertThat(titles()).anySatisfy((t) -> assertThat(t).containsIgnoringCase("Growth Vouchers"))
			.anySatisfy((t) -> assertThat(t).containsIgnoringCase("R&D tax credits"))
			.anySatisfy((t) -> assertThat(t).containsIgnoringCase("R&D grants"));
	}

	@Test
	void holdsAtLeastTheTwelvePolicyAreasPlusExtras() throws Exception {
		assertThat(ids()).hasSizeGreaterThanOrEqualTo(POLICY_AREAS.length + 2);
	}

	/**
	 * Issue 16: the broadband review counted 16 evaluations, not 14, and only two studies
	 * looked at profits and sales (one positive, one zero), so there is no positive
	 * verdict on firm profits. Read through core's loader, as the site shows it.
	 */
	@Test
	void broadbandShowsTheReviewsOwnCounts() {
		EvidenceEntry broadband = CentreLoader.load(new LocalGrowthCentre().content(), "local-growth")
			.entries()
			.stream()
			.filter((e) -> e.id().equals("broadband"))
			.findFirst()
			.orElseThrow();
		assertThat(broadband.ratings()).containsEntry("studies", "16");
		assertThat(broadband.summary()).contains("16 evaluations").doesNotContain("14 evaluations");
		Finding profits = broadband.findings()
			.stream()
			.filter((f) -> f.outcome().equals("firm-turnover"))
			.findFirst()
			.orElseThrow();
		assertThat(profits.ratings()).containsEntry("votes", "1/2");
		assertThat(broadband.findings())
			.noneMatch((f) -> "positive".equals(f.ratings().get("verdict")) && f.outcome().startsWith("firm-"));
		assertThat(broadband.ratingSource().url().getHost()).endsWith("whatworksgrowth.org");
	}

	@Test
	void titlesAreUnique() throws Exception {
		List<String> titles = titles().stream().map((t) -> t.toLowerCase(Locale.ROOT)).toList();
		assertThat(titles).doesNotHaveDuplicates();
	}

	private Path entriesFolder() throws URISyntaxException {
		URL url = getClass().getClassLoader().getResource(ENTRIES);
		assertThat(url).as("classpath folder " + ENTRIES).isNotNull();
		return Paths.get(url.toURI());
	}

	private List<Path> entryFiles() throws IOException, URISyntaxException {
		try (Stream<Path> files = Files.list(entriesFolder())) {
			return files.filter((p) -> p.getFileName().toString().endsWith(".md")).sorted().toList();
		}
	}

	private List<String> ids() throws IOException, URISyntaxException {
		return entryFiles().stream().map((p) -> p.getFileName().toString().replaceFirst("\\.md$", "")).toList();
	}

	private List<String> titles() throws IOException, URISyntaxException {
		return entryFiles().stream().map(LocalGrowthContentCountTests::title).toList();
	}

	private static String title(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			assertThat(lines).as("front matter of " + file).isNotEmpty();
			assertThat(lines.get(0)).as("first line of " + file).isEqualTo("---");
			int end = lines.subList(1, lines.size()).indexOf("---") + 1;
			assertThat(end).as("end of front matter in " + file).isPositive();
			return lines.subList(1, end)
				.stream()
				.filter((l) -> l.startsWith("title:"))
				.map((l) -> unquote(l.substring("title:".length()).trim()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no title in " + file));
		}
		catch (IOException ex) {
			throw new AssertionError("cannot read " + file, ex);
		}
	}

	private static String unquote(String value) {
		if (value.length() >= 2
				&& (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

}
