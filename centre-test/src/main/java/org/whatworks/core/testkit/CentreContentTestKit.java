package org.whatworks.core.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.whatworks.core.content.CentreLoader;
import org.whatworks.core.content.ContentProblem;
import org.whatworks.core.content.ContentValidationException;
import org.whatworks.core.content.HistoryFile;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.ScaleLevel;
import org.whatworks.core.plugin.CentrePlugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The checks every centre module runs on its own content. A centre's test extends it:
 *
 * <pre>
 * class EducationContentTests extends CentreContentTestKit {
 *     EducationContentTests() { super(new EducationCentre()); }
 * }
 * </pre>
 *
 * A failure lists every problem with file, line, field and what is allowed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CentreContentTestKit {

	private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

	private final CentrePlugin plugin;

	private LoadedCentre centre;

	private ContentValidationException failure;

	protected CentreContentTestKit(CentrePlugin plugin) {
		this.plugin = plugin;
	}

	@BeforeAll
	void load() {
		try {
			this.centre = CentreLoader.load(this.plugin.content(), this.plugin.id());
		}
		catch (ContentValidationException ex) {
			this.failure = ex;
		}
	}

	/**
	 * A centre's entries as the site loads them, for a module's own counts and checks:
	 * core's loader reads the files, so a test never parses front matter by hand. Fails
	 * the test with every problem (file, line, field, what is allowed) if the content
	 * does not load.
	 * @param plugin the centre
	 * @return its entries
	 */
	public static List<EvidenceEntry> entriesOf(CentrePlugin plugin) {
		try {
			return CentreLoader.load(plugin.content(), plugin.id()).entries();
		}
		catch (ContentValidationException ex) {
			return fail(ex.getMessage());
		}
	}

	/** The loaded centre, for a module's own further tests. */
	protected LoadedCentre centre() {
		if (this.failure != null) {
			fail(this.failure.getMessage());
		}
		return this.centre;
	}

	@Test
	void definitionAndEveryEntryAreValid() {
		if (this.failure != null) {
			fail(this.failure.getMessage());
		}
		assertThat(this.centre.entries()).isNotEmpty();
	}

	@Test
	void everyEntryMapsOntoTheNetworkVocabularies() {
		List<String> gaps = centre().warnings()
			.stream()
			.filter((warning) -> !HistoryFile.NAME.equals(warning.file()))
			.map(ContentProblem::toString)
			.toList();
		assertThat(gaps).as("entries missing from network facets").isEmpty();
	}

	/**
	 * A centre that keeps {@code history.yaml} has a record of every entry's current
	 * headline ratings and band. Run with {@code -Dwhatworks.history.record=YYYY-MM-DD}
	 * (the release's date), this records the release instead: it writes the file in the
	 * module's {@code src/main/resources}, creating it for a centre that has none.
	 */
	@Test
	void ratingHistoryRecordsTheCurrentHeadlines() throws IOException {
		String release = System.getProperty(HistoryFile.RECORD_PROPERTY);
		if (release != null && !release.isBlank()) {
			Path folder = Path.of("src/main/resources/whatworks/centres", this.plugin.id());
			assertThat(folder).as("the centre's content folder, from the module's folder").isDirectory();
			Files.writeString(folder.resolve(HistoryFile.NAME),
					HistoryFile.record(centre(), LocalDate.parse(release.strip())), StandardCharsets.UTF_8);
			return;
		}
		List<String> unrecorded = centre().warnings()
			.stream()
			.filter((warning) -> HistoryFile.NAME.equals(warning.file()))
			.map(ContentProblem::toString)
			.toList();
		assertThat(unrecorded).as("entries whose ratings history.yaml does not record").isEmpty();
	}

	@Test
	void everyNativeLevelIsMappedOrDeclaredUnmapped() {
		List<String> unmapped = new ArrayList<>();
		for (RatingScale scale : centre().definition().scales()) {
			if (!scale.hasLevels() || centre().definition().crosswalk().unmapped().contains(scale.id())) {
				continue;
			}
			for (ScaleLevel level : scale.levels()) {
				if (centre().definition()
					.crosswalk()
					.rules(scale.id())
					.stream()
					.noneMatch((rule) -> rule.matchesLevel(level.code()))) {
					unmapped.add(scale.id() + ":" + level.code());
				}
			}
		}
		assertThat(unmapped).isEmpty();
	}

	@Test
	void idsAndTitlesAreUnique() {
		List<String> ids = centre().entries().stream().map(EvidenceEntry::id).toList();
		List<String> titles = centre().entries().stream().map((e) -> e.title().toLowerCase()).toList();
		assertThat(duplicates(ids)).as("duplicate ids").isEmpty();
		assertThat(duplicates(titles)).as("duplicate titles").isEmpty();
	}

	@Test
	void everyEntryHasASourceAFindingAndProvenance() {
		for (EvidenceEntry entry : centre().entries()) {
			assertThat(entry.sources()).as(entry.file() + " sources").isNotEmpty();
			assertThat(entry.findings()).as(entry.file() + " findings").isNotEmpty();
			assertThat(entry.provenance().source()).as(entry.file() + " provenance.source").isNotNull();
		}
	}

	@Test
	void registrationFileListsThisCentresAutoConfiguration() throws Exception {
		String pluginPackage = this.plugin.getClass().getPackageName();
		List<String> listed = new ArrayList<>();
		for (URL url : Collections.list(getClass().getClassLoader().getResources(IMPORTS))) {
			listed.addAll(lines(url));
		}
		List<String> ours = listed.stream().filter((name) -> name.startsWith(pluginPackage + ".")).toList();
		assertThat(ours).as("auto-configuration classes in %s listed in %s", pluginPackage, IMPORTS).isNotEmpty();
		boolean declaresPlugin = false;
		for (String name : ours) {
			for (Method method : Class.forName(name).getDeclaredMethods()) {
				declaresPlugin |= CentrePlugin.class.isAssignableFrom(method.getReturnType());
			}
		}
		assertThat(declaresPlugin).as("an auto-configuration declaring a CentrePlugin bean").isTrue();
	}

	private static List<String> lines(URL url) throws IOException {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
			return reader.lines().map(String::strip).filter((l) -> !l.isEmpty() && !l.startsWith("#")).toList();
		}
	}

	private static Set<String> duplicates(List<String> values) {
		Set<String> seen = new HashSet<>();
		return values.stream().filter((v) -> !seen.add(v)).collect(Collectors.toSet());
	}

}
