package org.whatworks.earlyintervention;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts the EIF Guidebook entries shipped with this module and checks that the
 * programmes the issue names are present.
 */
class EarlyInterventionContentCountTests {

	private static final String ENTRIES = "whatworks/centres/early-intervention/entries/";

	@Test
	void holdsAtLeastFortyProgrammes() throws Exception {
		assertThat(entryFiles()).hasSizeGreaterThanOrEqualTo(40);
	}

	@Test
	void holdsTheNamedProgrammes() throws Exception {
		assertThat(titles()).contains("Advanced LifeSkills Training", "All Stars", "Family Nurse Partnership",
				"Multisystemic Therapy");
	}

	@Test
	void holdsTheEntriesOtherCentresLinkTo() throws Exception {
		List<String> ids = entryFiles().stream()
			.map((file) -> file.getFileName().toString().replaceFirst("\\.md$", ""))
			.toList();
		assertThat(ids).contains("multisystemic-therapy", "family-nurse-partnership", "incredible-years-preschool",
				"functional-family-therapy", "good-behavior-game", "paths", "triple-p-level-4",
				"strengthening-families-10-14");
	}

	private List<String> titles() throws IOException, URISyntaxException {
		return entryFiles().stream().map(EarlyInterventionContentCountTests::title).toList();
	}

	private static String title(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			// front matter runs from the first "---" line to the next one
			for (int i = 1; i < lines.size() && !lines.get(i).equals("---"); i++) {
				String line = lines.get(i);
				if (line.startsWith("title:")) {
					return unquote(line.substring("title:".length()).trim());
				}
			}
			throw new IllegalStateException("no title in " + file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String unquote(String value) {
		if (value.length() >= 2
				&& (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

	private List<Path> entryFiles() throws IOException, URISyntaxException {
		URL url = getClass().getClassLoader().getResource(ENTRIES);
		assertThat(url).as("classpath folder %s", ENTRIES).isNotNull();
		URI uri = url.toURI();
		Path folder;
		if ("jar".equals(uri.getScheme())) {
			folder = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of()).getPath(ENTRIES);
		}
		else {
			folder = Paths.get(uri);
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".md")).sorted().toList();
		}
	}

}
