package org.whatworks.health;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts and names the NICE guidance entries this module must hold (issues 4 and 16): at
 * least 80 entries, including every guidance item named in the centre reference, each
 * titled with its NICE reference number, and every replaced item linked both ways to its
 * successor.
 */
class HealthContentCountTests {

	private static final String ENTRIES = "whatworks/centres/health/entries/";

	private static final List<String> NAMED = List.of("ng12", "ng28", "ng136", "ng238", "ng203", "ng133", "ng253",
			"ng32", "ng6", "qs117", "ng103", "ng146", "ph2", "ph6", "cg140", "ng196", "ng97", "cg161");

	private static final Map<String, String> TITLES = new TreeMap<>();

	private static final Map<String, String> SUPERSEDED_BY = new TreeMap<>();

	private static final Map<String, String> REPLACES = new TreeMap<>();

	private static final Map<String, String> LAST_REVIEWED = new TreeMap<>();

	@BeforeAll
	static void readEntries() throws IOException, URISyntaxException {
		URL folder = HealthContentCountTests.class.getClassLoader().getResource(ENTRIES);
		assertThat(folder).as("classpath folder %s", ENTRIES).isNotNull();
		Path dir = Paths.get(folder.toURI());
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".md")).toList()) {
				String id = file.getFileName().toString().replaceFirst("\\.md$", "");
				List<String> frontMatter = frontMatter(Files.readAllLines(file, StandardCharsets.UTF_8));
				String title = value(frontMatter, "title:");
				if (title != null) {
					TITLES.put(id, title);
				}
				String successor = value(frontMatter, "supersededBy:");
				if (successor != null) {
					SUPERSEDED_BY.put(id, successor);
				}
				String replaces = value(frontMatter, "replaces:");
				if (replaces != null) {
					REPLACES.put(id, replaces);
				}
				String lastReviewed = value(frontMatter, "lastReviewed:");
				if (lastReviewed != null) {
					LAST_REVIEWED.put(id, lastReviewed);
				}
			}
		}
	}

	@Test
	void holdsAtLeastEightyEntries() {
		assertThat(TITLES).hasSizeGreaterThanOrEqualTo(80);
	}

	@Test
	void type2DiabetesShowsNicesFebruary2026UpdateAsCurrent() {
		assertThat(LAST_REVIEWED).containsEntry("ng28", "2026-02-18");
		assertThat(SUPERSEDED_BY).doesNotContainKey("ng28");
	}

	@Test
	void everySuccessorInThisCentreListsWhatItReplaces() {
		assertThat(SUPERSEDED_BY).containsEntry("ng7", "health/ng246");
		SUPERSEDED_BY.forEach((id, successor) -> {
			String successorId = successor.substring("health/".length());
			assertThat(REPLACES.get(successorId)).as("replaces: of %s, successor of %s", successorId, id)
				.contains("health/" + id);
		});
	}

	@Test
	void holdsEveryNamedGuidanceItem() {
		assertThat(TITLES.keySet()).containsAll(NAMED);
		for (String id : NAMED) {
			assertThat(TITLES.get(id)).as("title of %s", id).startsWith(id.toUpperCase(Locale.ROOT) + " ");
		}
	}

	@Test
	void titlesStartWithTheNiceReferenceAndAreUnique() {
		TITLES.forEach((id, title) -> assertThat(title).as("title of %s", id)
			.startsWith(id.toUpperCase(Locale.ROOT) + " ")
			.hasSizeGreaterThan(id.length() + 5));
		assertThat(TITLES.values()).doesNotHaveDuplicates();
	}

	@Test
	void supersededGuidanceLinksForwardToAnEntryOfThisCentre() {
		assertThat(SUPERSEDED_BY).containsEntry("cg161", "health/ng249")
			.containsEntry("cg27", "health/ng12")
			.containsEntry("cg127", "health/ng136");
		SUPERSEDED_BY.forEach((id, successor) -> {
			assertThat(successor).as("successor of %s", id).startsWith("health/");
			assertThat(TITLES).as("successor of %s", id).containsKey(successor.substring("health/".length()));
		});
	}

	private static List<String> frontMatter(List<String> lines) {
		List<String> result = new ArrayList<>();
		if (lines.isEmpty() || !lines.get(0).trim().equals("---")) {
			return result;
		}
		for (String line : lines.subList(1, lines.size())) {
			if (line.trim().equals("---")) {
				break;
			}
			result.add(line);
		}
		return result;
	}

	private static String value(List<String> frontMatter, String key) {
		for (String line : frontMatter) {
			String trimmed = line.trim();
			if (trimmed.startsWith(key)) {
				return unquote(trimmed.substring(key.length()).trim());
			}
		}
		return null;
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
			return value.substring(1, value.length() - 1).replace("''", "'");
		}
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

}
