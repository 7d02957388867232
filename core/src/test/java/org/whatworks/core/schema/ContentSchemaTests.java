package org.whatworks.core.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The JSON Schemas that editors' YAML tools use must agree with what the loader accepts:
 * every file the six centres ship validates against its schema, and typical mistakes do
 * not.
 */
class ContentSchemaTests {

	private static final YAMLMapper YAML = new YAMLMapper();

	private static final Map<String, String> SCHEMA_BY_FILE = Map.of("centre.yaml", "centre", "scales.yaml", "scales",
			"taxonomies.yaml", "taxonomies", "crosswalk.yaml", "crosswalk", "synonyms.yaml", "synonyms",
			"glossary.yaml", "glossary", "history.yaml", "history");

	@Test
	void everyShippedContentFileValidatesAgainstItsSchema() throws IOException {
		List<Path> centres = shippedCentreFolders();
		assumeTrue(!centres.isEmpty(), "run from the repository: centre modules not found");
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Path centre : centres) {
			for (Map.Entry<String, String> file : SCHEMA_BY_FILE.entrySet()) {
				Path path = centre.resolve(file.getKey());
				if (Files.exists(path)) {
					problems.addAll(validate(file.getValue(), YAML.readTree(path.toFile()), path));
					checked++;
				}
			}
			try (Stream<Path> entries = Files.list(centre.resolve("entries"))) {
				for (Path entry : entries.toList()) {
					String text = Files.readString(entry);
					String frontMatter = text.substring(4, text.indexOf("\n---", 4));
					problems.addAll(validate("entry", YAML.readTree(frontMatter), entry));
					checked++;
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(checked).isGreaterThan(180);
	}

	@Test
	void typicalMistakesAreFlagged() throws IOException {
		assertThat(validate("entry", YAML.readTree("id: Bad Id\nkind: x\ntitle: t\nsummary: s\nfindings: []\n"),
				Path.of("x.md")))
			.anySatisfy((p) -> assertThat(p).contains("$.id"))
			.anySatisfy((p) -> assertThat(p).contains("sources"))
			.anySatisfy((p) -> assertThat(p).contains("findings"));
		assertThat(validate("crosswalk",
				YAML.readTree("explanation: e\nterms:\n  phase:\n    primary: { lifeStage: TEENAGERS }\n"),
				Path.of("crosswalk.yaml")))
			.anySatisfy((p) -> assertThat(p).contains("lifeStage"));
		assertThat(validate("scales", YAML.readTree("- { id: s, name: S, kind: ORDINAL }\n"), Path.of("scales.yaml")))
			.anySatisfy((p) -> assertThat(p).contains("levels"));
	}

	private static List<String> validate(String schemaName, JsonNode document, Path file) throws IOException {
		try (InputStream in = ContentSchemaTests.class
			.getResourceAsStream("/whatworks/schema/" + schemaName + ".schema.json")) {
			JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
			Set<ValidationMessage> messages = schema.validate(document);
			return messages.stream().map((m) -> file + ": " + m.getMessage()).toList();
		}
	}

	private static List<Path> shippedCentreFolders() throws IOException {
		Path root = Path.of("").toAbsolutePath().getParent();
		List<Path> folders = new ArrayList<>();
		try (Stream<Path> modules = Files.list(root)) {
			for (Path module : modules.filter((p) -> p.getFileName().toString().startsWith("centre-")).toList()) {
				Path centres = module.resolve("src/main/resources/whatworks/centres");
				if (Files.isDirectory(centres)) {
					try (Stream<Path> ids = Files.list(centres)) {
						// The centre template's folder is named by a placeholder until a
						// centre is generated.
						folders.addAll(ids.filter(Files::isDirectory)
							.filter((id) -> !id.getFileName().toString().contains("__"))
							.toList());
					}
				}
			}
		}
		return folders;
	}

}
