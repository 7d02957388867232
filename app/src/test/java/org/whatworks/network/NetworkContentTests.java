package org.whatworks.network;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whatworks.core.content.ContentProblem;
import org.whatworks.core.content.ContentValidationException;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.OnError;
import org.whatworks.core.content.UnavailableCentre;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.plugin.CentrePlugin;
import org.whatworks.core.search.SearchHit;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.network.FixtureCentres.ExplodingCentre;
import org.whatworks.network.FixtureCentres.FolderCentre;
import org.whatworks.network.FixtureCentres.OtherFolderCentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.whatworks.network.FixtureCentres.DEMO;
import static org.whatworks.network.FixtureCentres.INVALID;

/**
 * What the site serves when centres are broken, under each on-error policy, and how
 * preview mode reloads a centre from its folder.
 */
class NetworkContentTests {

	private final List<Object> events = new ArrayList<>();

	/** One good centre and one centre broken in each of the five ways. */
	private CentrePlugins goodAndBroken(URLClassLoader classPath) {
		Map<String, Supplier<CentrePlugin>> found = new LinkedHashMap<>();
		found.put("demoCentre", () -> new FolderCentre("demo", 1, DEMO));
		found.put("invalidCentre", () -> new FolderCentre("invalid-content", 1, INVALID));
		found.put("explodingCentre", ExplodingCentre::new);
		found.put("twinOne", () -> new FolderCentre("twin", 1, DEMO));
		found.put("twinTwo", () -> new OtherFolderCentre("twin", 1, DEMO));
		found.put("futureCentre", () -> new FolderCentre("future", CentrePlugin.CONTRACT_VERSION + 1, DEMO));
		return CentrePlugins.resolve(found, Map.of(), classPath, Set.of());
	}

	/** A class path holding only content that no plugin registers. */
	private static URLClassLoader unregisteredContent() throws Exception {
		return new URLClassLoader(new URL[] { FixtureCentres.UNREGISTERED_ROOT.toUri().toURL() },
				ClassLoader.getPlatformClassLoader());
	}

	@Test
	void underQuarantineTheGoodCentreIsServedAndEachBrokenOneIsUnavailableWithItsReason() throws Exception {
		try (URLClassLoader classPath = unregisteredContent();
				NetworkContent content = new NetworkContent(goodAndBroken(classPath), Map.of(), OnError.QUARANTINE,
						this.events::add)) {
			EvidenceCatalogue catalogue = content.catalogue();
			assertThat(catalogue.centres()).extracting((c) -> c.id()).containsExactly("demo");
			Map<String, String> reasons = new LinkedHashMap<>();
			catalogue.unavailable().forEach((u) -> reasons.put(u.id(), String.join(" ", u.reasons())));
			assertThat(reasons).containsOnlyKeys("invalid-content", "explodingCentre", "twin", "future",
					"unregistered");
			assertThat(reasons.get("invalid-content")).contains("entries/allotment-plots.md:9")
				.contains("ratings.verdict")
				.contains("'7'")
				.contains("allowed: 0, 1, 2");
			assertThat(reasons.get("explodingCentre")).contains("cannot reach the centre's content store");
			assertThat(reasons.get("twin")).contains("Duplicate centre id 'twin'");
			assertThat(reasons.get("future")).contains("contract version " + (CentrePlugin.CONTRACT_VERSION + 1))
				.contains("implements version " + CentrePlugin.CONTRACT_VERSION);
			assertThat(reasons.get("unregistered")).contains("no centre plugin registers it");
			assertThat(content.search().search(SearchRequest.of("allotment")).hits())
				.extracting((hit) -> hit.entry().title())
				.contains("Allotment plots for people on waiting lists");
		}
	}

	@Test
	void underFailStartUpIsRefusedWithOneMessageListingEveryProblem() throws Exception {
		try (URLClassLoader classPath = unregisteredContent()) {
			CentrePlugins plugins = goodAndBroken(classPath);
			assertThatExceptionOfType(ContentValidationException.class)
				.isThrownBy(() -> new NetworkContent(plugins, Map.of(), OnError.FAIL, this.events::add))
				.satisfies((ex) -> assertThat(ex.problems()).extracting(ContentProblem::centreId)
					.contains("invalid-content", "explodingCentre", "twin", "future", "unregistered"))
				.withMessageContaining("whatworks.plugins.on-error=fail")
				.withMessageContaining("ratings.verdict")
				.withMessageContaining("cannot reach the centre's content store")
				.withMessageContaining("Duplicate centre id 'twin'")
				.withMessageContaining("was built for plugin contract version")
				.withMessageContaining("no centre plugin registers it");
		}
	}

	@Test
	void underFailAReloadThatBreaksKeepsTheLastGoodContent(@TempDir Path folder) throws Exception {
		Path demo = FixtureCentres.copy(DEMO, folder.resolve("demo"));
		CentrePlugins plugins = CentrePlugins.resolve(Map.of("demo", () -> new FolderCentre("demo", 1, demo)), Map.of(),
				null, Set.of());
		try (NetworkContent content = new NetworkContent(plugins, Map.of(), OnError.FAIL, this.events::add)) {
			EvidenceCatalogue before = content.catalogue();
			replace(demo.resolve("entries/allotment-plots.md"), "verdict: \"1\"", "verdict: \"9\"");
			assertThatExceptionOfType(ContentValidationException.class).isThrownBy(content::reload)
				.withMessageContaining("ratings.verdict");
			assertThat(content.catalogue()).isSameAs(before);
			assertThat(content.search().search(SearchRequest.of("allotment")).total()).isPositive();
		}
	}

	@Test
	void previewServesAFolderAndReloadsItWhenAFileChanges(@TempDir Path folder) throws Exception {
		Path demo = FixtureCentres.copy(DEMO, folder.resolve("demo"));
		CentrePlugins plugins = CentrePlugins.resolve(Map.of("demo", () -> new FolderCentre("demo", 1, DEMO)), Map.of(),
				null, Set.of("demo"));
		try (NetworkContent content = new NetworkContent(plugins, Map.of("demo", demo), OnError.QUARANTINE,
				this.events::add)) {
			assertThat(content.previewActive()).isTrue();
			assertThat(content.catalogue().centre("demo").orElseThrow().source()).isEqualTo(demo.toString());
			assertThat(content.refreshPreview()).as("nothing changed yet").isFalse();

			replace(demo.resolve("entries/allotment-plots.md"), "title: Allotment plots for people on waiting lists",
					"title: Allotment plots and raised beds for people on waiting lists");
			assertThat(content.refreshPreview()).isTrue();
			assertThat(entry(content, "allotment-plots").title())
				.isEqualTo("Allotment plots and raised beds for people on waiting lists");
			assertThat(content.search().search(SearchRequest.of("raised beds")).hits()).extracting(SearchHit::entry)
				.extracting(EvidenceEntry::id)
				.contains("allotment-plots");
			assertThat(this.events).hasAtLeastOneElementOfType(ContentReloaded.class);
			assertThat(content.previewProblems()).isEmpty();
		}
	}

	@Test
	void previewKeepsServingTheLastGoodContentAndReportsTheProblemUntilItIsFixed(@TempDir Path folder)
			throws Exception {
		Path demo = FixtureCentres.copy(DEMO, folder.resolve("demo"));
		Path entry = demo.resolve("entries/garden-therapy-groups.md");
		CentrePlugins plugins = CentrePlugins.resolve(Map.of(), Map.of(), null, Set.of("demo"));
		try (NetworkContent content = new NetworkContent(plugins, Map.of("demo", demo), OnError.FAIL,
				this.events::add)) {
			assertThat(content.catalogue().centre("demo")).as("a centre that exists only as content").isPresent();

			replace(entry, "verdict: \"2\"", "verdict: \"five\"");
			assertThat(content.refreshPreview()).isTrue();
			assertThat(content.previewProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.file()).isEqualTo("entries/garden-therapy-groups.md");
				assertThat(problem.line()).isEqualTo(9);
				assertThat(problem.field()).isEqualTo("ratings.verdict");
				assertThat(problem.value()).isEqualTo("five");
			});
			assertThat(content.catalogue().centre("demo").orElseThrow().entries()).hasSize(2);
			assertThat(content.catalogue().unavailable()).isEmpty();

			replace(entry, "verdict: \"five\"", "verdict: \"1\"");
			assertThat(content.refreshPreview()).isTrue();
			assertThat(content.previewProblems()).isEmpty();
			assertThat(entry(content, "garden-therapy-groups").ratings()).containsEntry("verdict", "1");
		}
	}

	@Test
	void aPreviewFolderThatIsBrokenFromTheStartIsUnavailableUnderQuarantine(@TempDir Path folder) {
		Path invalid = FixtureCentres.copy(INVALID, folder.resolve("invalid-content"));
		CentrePlugins plugins = CentrePlugins.resolve(Map.of("demo", () -> new FolderCentre("demo", 1, DEMO)), Map.of(),
				null, Set.of("invalid-content"));
		try (NetworkContent content = new NetworkContent(plugins, Map.of("invalid-content", invalid),
				OnError.QUARANTINE, this.events::add)) {
			assertThat(content.catalogue().centres()).extracting((c) -> c.id()).containsExactly("demo");
			assertThat(content.catalogue().unavailable()).extracting(UnavailableCentre::id)
				.containsExactly("invalid-content");
			assertThat(content.previewProblems()).extracting(ContentProblem::field).containsExactly("ratings.verdict");
		}
	}

	@Test
	void previewDiscoversTheCentreModulesOfTheRepository() {
		Map<String, Path> found = PreviewFolders.resolve(new WhatWorksProperties.Preview(true, null, null),
				Path.of("").toAbsolutePath());
		assertThat(found).containsKeys("health", "education", "crime", "ageing", "early-intervention", "local-growth");
		assertThat(found.get("education"))
			.endsWith(Path.of("centre-education/src/main/resources/whatworks/centres/education"));
		assertThat(PreviewFolders.resolve(new WhatWorksProperties.Preview(false, null, null), Path.of("")))
			.as("preview off")
			.isEmpty();
	}

	private static EvidenceEntry entry(NetworkContent content, String id) {
		return content.catalogue().entry(new EntryRef("demo", id)).orElseThrow();
	}

	/** Edits a file as an editor would: new text, a later modification time. */
	private static void replace(Path file, String from, String to) throws Exception {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(text).contains(from);
		Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file,
				java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
	}

}
