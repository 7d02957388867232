package org.whatworks.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import org.whatworks.core.search.Facets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property checks with hostile input: for every search and API parameter (and path
 * segment), every string of a seeded hostile generator gets an answer that is not a
 * server error, shows no stack trace, carries the security headers, and never echoes the
 * input unescaped into a page. JSON answers stay valid JSON.
 * <p>
 * Written as JUnit dynamic tests over {@link HostileStrings} rather than with jqwik: the
 * jqwik engine does run on this JUnit Platform, but jqwik 1.10's licence notice asks that
 * it not be used by AI coding agents, and these tests were written by one.
 */
class HostileInputIntegrationTests extends OperationsIntegrationTest {

	private static final Pattern STACK_FRAME = Pattern.compile("\\bat (org|java|jakarta)\\.[\\w.$]+\\(");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Every search parameter, every facet of the vocabulary included. */
	private static final List<String> SEARCH_PARAMETERS = Stream
		.concat(Stream.of("q", "page", "sort"), Facets.NETWORK.stream())
		.toList();

	private static final List<String> API_SEARCH_PARAMETERS = Stream
		.concat(Stream.of("q", "page", "size", "sort"), Facets.NETWORK.stream())
		.toList();

	private final HostileStrings generator = new HostileStrings(HostileStrings.seed());

	private final List<String> all = this.generator.strings(30, true);

	private final List<String> short_ = this.all.stream().filter((s) -> s.length() < 300).toList();

	@TestFactory
	Stream<DynamicTest> theSearchPageSurvivesHostileInputInEveryParameter() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String parameter : SEARCH_PARAMETERS) {
			tests.add(parameterTest("/search", parameter));
		}
		tests.add(parameterNameTest("/search"));
		tests.add(parameterTest("/search/suggest", "q"));
		tests.add(parameterTest("/compare", "e"));
		tests.add(parameterTest("/gap-map", "centre"));
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> theApiSurvivesHostileInputInEveryParameter() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String parameter : API_SEARCH_PARAMETERS) {
			tests.add(parameterTest("/api/v1/search", parameter));
		}
		tests.add(parameterNameTest("/api/v1/search"));
		tests.add(parameterTest("/api/v1/suggest", "q"));
		tests.add(parameterTest("/api/v1/suggest", "limit"));
		tests.add(parameterTest("/api/v1/gap-map", "centre"));
		tests.add(parameterTest("/api/v1/entries/education/feedback/related", "limit"));
		tests.add(parameterTest("/opensearch/suggestions", "q"));
		tests.add(parameterTest("/data/search.json", "q"));
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> pagesAndApiSurviveHostilePathSegments() {
		List<Function<String, String>> paths = List.of((s) -> "/api/v1/centres/" + segment(s),
				(s) -> "/api/v1/entries/" + segment(s) + "/feedback", (s) -> "/api/v1/entries/education/" + segment(s),
				(s) -> "/centres/" + segment(s), (s) -> "/entries/education/" + segment(s),
				(s) -> "/entries/" + segment(s) + "/x");
		List<String> names = List.of("/api/v1/centres/{centre}", "/api/v1/entries/{centre}/feedback",
				"/api/v1/entries/education/{id}", "/centres/{centre}", "/entries/education/{id}",
				"/entries/{centre}/x");
		List<DynamicTest> tests = new ArrayList<>();
		for (int i = 0; i < paths.size(); i++) {
			Function<String, String> path = paths.get(i);
			tests.add(DynamicTest.dynamicTest(names.get(i), () -> {
				for (String value : this.short_) {
					check(path.apply(value), value);
				}
			}));
		}
		return tests.stream();
	}

	@Test
	void theApiRefusesPagesAndPageSizesPastItsLimitsNamingTheParameter() throws Exception {
		HttpResponse<String> size = send("/api/v1/search?q=reading&size=101");
		assertThat(size.statusCode()).isEqualTo(400);
		assertThat(size.body()).contains("size").contains("100");
		HttpResponse<String> page = send("/api/v1/search?q=reading&page=1001");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("page").contains("1000");
		HttpResponse<String> deepest = send("/api/v1/search?page=1000");
		assertThat(deepest.statusCode()).isEqualTo(200);
	}

	@Test
	void theSearchPageRefusesPagesPastItsLimitNamingTheParameter() throws Exception {
		HttpResponse<String> page = send("/search?q=reading&page=1001");
		assertThat(page.statusCode()).isLessThan(500);
		assertThat(page.body()).contains("page").contains("1000");
	}

	@Test
	void aVeryLongQueryIsCutNotFailed() throws Exception {
		String query = "reading ".repeat(600);
		HttpResponse<String> page = send("/search?q=" + encode(query));
		assertThat(page.statusCode()).isEqualTo(200);
		HttpResponse<String> api = send("/api/v1/search?size=1&q=" + encode(query));
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(api.body()).get("query").asString()).hasSizeLessThanOrEqualTo(500);
	}

	@Test
	void aRequestTooLargeForTheServerIsRefusedNotFailed() throws Exception {
		HttpResponse<String> response = send("/api/v1/search?q=" + "a".repeat(20_000));
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.body()).doesNotContain("aaaaaaaaaa");
	}

	@Test
	void addressesRefusedByTheFirewallGetA400WithTheSecurityHeaders() throws Exception {
		for (String path : List.of("/centres/a%3Bb", "/centres/%25", "/centres/%2e%2e", "/api/v1/search?%00=1",
				"/search?%00=1", "/api/v1/centres/a%3Bb")) {
			HttpResponse<String> response = send(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			SecurityHeadersIntegrationTests.assertSecurityHeaders(path, response);
			assertThat(STACK_FRAME.matcher(response.body()).find()).as(path).isFalse();
		}
	}

	private DynamicTest parameterTest(String path, String parameter) {
		List<String> values = "q".equals(parameter) ? this.all : this.short_;
		return DynamicTest.dynamicTest(path + "?" + parameter + "=", () -> {
			for (String value : values) {
				check(path + "?" + parameter + "=" + encode(value), value);
			}
		});
	}

	private DynamicTest parameterNameTest(String path) {
		return DynamicTest.dynamicTest(path + "?<name>=", () -> {
			for (String value : this.short_) {
				if (!value.isEmpty()) {
					check(path + "?" + encode(value) + "=1", value);
				}
			}
		});
	}

	private void check(String pathAndQuery, String value) throws Exception {
		HttpResponse<String> response = send(pathAndQuery);
		String what = "GET " + shown(pathAndQuery) + " (input " + shown(value) + ", seed " + HostileStrings.seed()
				+ ")";
		assertThat(response.statusCode()).as(what).isLessThan(500);
		String body = response.body();
		assertThat(STACK_FRAME.matcher(body).find()).as(what + ": stack trace shown").isFalse();
		if (refusedByTomcat(response)) {
			assertThat(body).as(what + ": unescaped echo").doesNotContain(HostileStrings.TAG);
			return;
		}
		assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
		assertThat(response.headers().firstValue("Content-Security-Policy")).as(what).isPresent();
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (type.contains("json")) {
			JSON.readTree(body);
		}
		else if (!type.contains("csv") && !type.contains("xml")) {
			assertThat(body).as(what + ": unescaped echo").doesNotContain(HostileStrings.TAG);
			assertThat(body).as(what + ": unescaped echo").doesNotContain(HostileStrings.ATTRIBUTE);
		}
	}

	/**
	 * Tomcat itself refuses a few malformed addresses (an encoded slash, backslash or NUL
	 * in the path) with its own bare 400 page before the application sees them, so these
	 * carry no application headers; they echo nothing.
	 */
	static boolean refusedByTomcat(HttpResponse<String> response) {
		return response.statusCode() == 400 && response.headers().firstValue("Content-Security-Policy").isEmpty()
				&& response.body().contains("HTTP Status 400");
	}

	private HttpResponse<String> send(String pathAndQuery) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + pathAndQuery))
			.header("Accept", ACCEPT_HTML)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String segment(String value) {
		return encode(value).replace("+", "%20");
	}

	static String shown(String text) {
		StringBuilder shown = new StringBuilder();
		text.codePoints().limit(160).forEach((c) -> {
			if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xA0) || Character.getType(c) == Character.FORMAT) {
				shown.append(String.format("\\u%04x", c));
			}
			else {
				shown.appendCodePoint(c);
			}
		});
		return (text.length() > 160) ? shown + "... (" + text.length() + " chars)" : shown.toString();
	}

}
