package org.whatworks.api;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every curl example in the {@code sh} blocks of docs/api.md against the running
 * application, so the documentation cannot go stale.
 */
class ApiDocsExamplesTests extends ApiIntegrationTest {

	private static final Pattern EXPECT = Pattern.compile("#\\s*expect\\s+(\\d{3})");

	record Example(String line, String method, List<String[]> headers, URI url, int expected) {
	}

	static List<Example> examples() throws Exception {
		String markdown = Files.readString(Path.of("..", "docs", "api.md"));
		List<Example> examples = new ArrayList<>();
		boolean inShell = false;
		for (String line : markdown.lines().toList()) {
			if (line.startsWith("```")) {
				inShell = !inShell && line.strip().equals("```sh");
				continue;
			}
			if (inShell && line.strip().startsWith("curl ")) {
				examples.add(parse(line.strip()));
			}
		}
		return examples;
	}

	static Example parse(String line) {
		Matcher expect = EXPECT.matcher(line);
		int expected = expect.find() ? Integer.parseInt(expect.group(1)) : 200;
		String command = line.contains("#") ? line.substring(0, line.indexOf('#')).strip() : line;
		List<String> words = words(command);
		String method = "GET";
		List<String[]> headers = new ArrayList<>();
		URI url = null;
		for (int i = 1; i < words.size(); i++) {
			String word = words.get(i);
			if (word.equals("-X")) {
				method = words.get(++i);
			}
			else if (word.equals("-H")) {
				String[] header = words.get(++i).split(":\\s*", 2);
				headers.add(header);
			}
			else if (word.equals("-I")) {
				method = "HEAD";
			}
			else if (word.startsWith("http")) {
				url = URI.create(word);
			}
		}
		assertThat(url).as("URL in: " + line).isNotNull();
		return new Example(line, method, headers, url, expected);
	}

	/** Splits a command into words, keeping single-quoted text together. */
	static List<String> words(String command) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean quoted = false;
		for (char c : command.toCharArray()) {
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (c == ' ' && !quoted) {
				if (!word.isEmpty()) {
					words.add(word.toString());
					word.setLength(0);
				}
			}
			else {
				word.append(c);
			}
		}
		if (!word.isEmpty()) {
			words.add(word.toString());
		}
		return words;
	}

	@Test
	void everyCurlExampleAnswersAsDocumented() throws Exception {
		List<Example> examples = examples();
		assertThat(examples).hasSizeGreaterThan(20);
		for (Example example : examples) {
			URI url = example.url();
			URI local = URI
				.create(base() + url.getRawPath() + ((url.getRawQuery() != null) ? "?" + url.getRawQuery() : ""));
			HttpRequest.Builder request = HttpRequest.newBuilder(local)
				.method(example.method(), HttpRequest.BodyPublishers.noBody());
			example.headers().forEach((h) -> request.header(h[0], h[1]));
			HttpResponse<String> response = send(request);
			assertThat(response.statusCode()).as("%s answered %s", example.line(), response.body())
				.isEqualTo(example.expected());
			if (example.expected() >= 400) {
				problem(response, example.expected());
			}
		}
	}

	@Test
	void theExamplesCoverEveryDocumentedEndpoint() throws Exception {
		List<String> paths = new ArrayList<>();
		for (Example example : examples()) {
			paths.add(example.url().getPath());
		}
		for (String documented : OpenApiContractTests.SAMPLES.keySet()) {
			Pattern pattern = Pattern.compile(documented.replace(".", "\\.").replaceAll("\\{[^}]+}", "[^/]+"));
			assertThat(paths).as("an example of " + documented).anyMatch((p) -> pattern.matcher(p).matches());
		}
		assertThat(paths).contains("/v3/api-docs");
	}

}
