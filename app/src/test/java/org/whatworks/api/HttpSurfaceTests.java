package org.whatworks.api;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP surface as an outside integrator meets it: one error format per path family
 * whatever the request's shape, the read-only methods, conditional requests, links that
 * never follow the request's Host or forwarded headers, and assets cached and compressed.
 */
class HttpSurfaceTests extends ApiIntegrationTest {

	/** whatworks.site.base-url as the tests run: the default. */
	static final String SITE = "http://localhost:8080";

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/feed.atom", "/sitemap.xml", "/robots.txt", "/opensearch.xml", "/api/v1/centres",
			"/api/v1/centres/education", "/api/v1/entries/education/feedback", "/api/v1/search?q=school",
			"/api/v1/suggest?q=ment", "/api/v1/gap-map", "/data/whatworks.csv", "/data/centres/education.csv",
			"/data/search.csv?q=school", "/data/whatworks.json", "/entries/education/feedback" })
	void aForgedHostOrForwardedHeaderLeavesNoTraceInAnyLink(String path) throws Exception {
		String response = raw("GET " + path + " HTTP/1.1\r\nHost: other.invalid\r\n"
				+ "X-Forwarded-Host: forged.invalid\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: 4443\r\n"
				+ "X-Forwarded-Prefix: /prefix-forged\r\nX-Forwarded-For: 203.0.113.9\r\n"
				+ "Forwarded: host=forwarded.invalid;proto=https\r\nConnection: close\r\n\r\n");
		assertThat(response).as(path).startsWith("HTTP/1.1 200");
		assertThat(response).as(path)
			.doesNotContain("other.invalid")
			.doesNotContain("forged.invalid")
			.doesNotContain("forwarded.invalid")
			.doesNotContain("prefix-forged")
			.doesNotContain(":4443")
			.doesNotContain("https://localhost")
			.contains(SITE + "/");
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			GET    | /api/v1/search?=x                 | 400
			GET    | /api/v1/search?q=%zz              | 400
			GET    | /api/v1/search?q%01=x             | 400
			GET    | /api/v1/search?page=1&page=2      | 400
			GET    | /api/v1/entries/%25x/y            | 400
			GET    | /api/v1/search?sort=x             | 400
			GET    | /api/v1/nothing                   | 404
			POST   | /api/v1/centres                   | 405
			FOO    | /api/v1/centres                   | 405
			GET    | /data/whatworks.csv?=x            | 400
			GET    | /data/search.csv?q=%zz            | 400
			GET    | /data/centres/atlantis.csv        | 404
			POST   | /data/whatworks.csv               | 405
			DELETE | /data/search.json                 | 405
			POST   | /data                             | 405
			DELETE | /feed.atom                        | 405
			FOO    | /feed.atom                        | 405
			TRACE  | /feed.atom                        | 405
			PUT    | /sitemap.xml                      | 405
			POST   | /robots.txt                       | 405
			POST   | /opensearch.xml                   | 405
			GET    | /opensearch/suggestions           | 400
			GET    | /opensearch/suggestions?=x        | 400
			GET    | /opensearch/suggestions?q=a&q=b   | 400
			DELETE | /opensearch/suggestions?q=a       | 405
			""")
	void everyMachineReadablePathAnswersErrorsAsProblemDetails(String method, String path, int status)
			throws Exception {
		List<String> accepts = new java.util.ArrayList<>(java.util.Arrays.asList(null, "*/*"));
		if (path.startsWith("/api/")) {
			accepts.add("application/json");
		}
		for (String accept : accepts) {
			String response = raw(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
					+ ((accept != null) ? "Accept: " + accept + "\r\n" : "") + "Connection: close\r\n\r\n");
			String what = method + " " + path + " (Accept " + accept + ")";
			assertThat(response).as(what).startsWith("HTTP/1.1 " + status);
			assertThat(header(response, "Content-Type")).as(what).startsWith("application/problem+json");
			JsonNode problem = JSON.readTree(body(response));
			assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
			assertThat(problem.path("title").asString()).as(what).isNotBlank();
			assertThat(problem.path("detail").asString()).as(what).isNotBlank();
			assertThat(problem.path("instance").asString()).as(what).isEqualTo(path.split("\\?")[0]);
			assertThat(body(response)).as(what).doesNotContain("Exception").doesNotContain("at org.");
			if (status == 405) {
				assertThat(header(response, "Allow")).as(what).isEqualTo("GET, HEAD, OPTIONS");
				assertThat(problem.path("allowed").toString()).as(what).isEqualTo("[\"GET\",\"HEAD\",\"OPTIONS\"]");
			}
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			POST   | /data/whatworks.csv      | 405
			DELETE | /feed.atom               | 405
			GET    | /data/search.csv?q=%zz   | 400
			GET    | /data/centres/atlantis.csv | 404
			""")
	void aBrowserAskingForHtmlGetsTheSitesErrorPageExceptOnTheApi(String method, String path, int status)
			throws Exception {
		String accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
		String page = raw(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(page).startsWith("HTTP/1.1 " + status);
		assertThat(header(page, "Content-Type")).startsWith("text/html");
		assertThat(page).contains("govuk-template");
		String api = raw("POST /api/v1/centres HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(header(api, "Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void requestShapesThatBrokeTheServerAreClientErrors() throws Exception {
		String longName = "n".repeat(2000);
		String longValue = "v".repeat(6000);
		for (String path : List.of("/api/v1/search?" + longName + "=1", "/api/v1/search?q=" + longValue,
				"/api/v1/search?q=%E2%82", "/api/v1/search?q=a%00b", "/api/v1/search?%00=1", "/api/v1/search?&&&",
				"/api/v1/search?q", "/api/v1/search?q=a&q=a", "/data/search.json?=", "/feed.atom?=x",
				"/sitemap.xml?a=%zz", "/api/v1/centres/%C0%AE%C0%AE", "/api/v1/entries/education/%FF")) {
			String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			int status = Integer.parseInt(response.substring(9, 12));
			assertThat(status).as(path.substring(0, Math.min(path.length(), 80))).isBetween(200, 499);
			if (status >= 400) {
				assertThat(header(response, "Content-Type")).as(path.substring(0, Math.min(path.length(), 80)))
					.startsWith("application/problem+json");
			}
		}
	}

	@Test
	void ifNoneMatchFollowsRfc9110() throws Exception {
		for (String path : List.of("/api/v1/centres", "/api/v1/search?q=school", "/feed.atom", "/data")) {
			HttpResponse<String> first = get(path);
			assertThat(first.statusCode()).isEqualTo(200);
			String etag = first.headers().firstValue("ETag").orElseThrow();
			assertThat(etag).as("%s: a weak ETag, as compression changes the bytes", path).startsWith("W/\"");
			String strong = etag.substring(2);
			for (String condition : List.of("*", etag, strong, "\"other\", " + etag, "\"other\", " + strong)) {
				HttpResponse<String> again = send(request(path).header("If-None-Match", condition));
				assertThat(again.statusCode()).as("%s If-None-Match: %s", path, condition).isEqualTo(304);
				assertThat(again.body()).isEmpty();
			}
			assertThat(send(request(path).header("If-None-Match", "\"other\"")).statusCode()).isEqualTo(200);
		}
		assertThat(send(request("/api/v1/centres/atlantis").header("If-None-Match", "*")).statusCode())
			.as("If-None-Match: * on nothing")
			.isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/centres", "/data/whatworks.csv", "/feed.atom", "/sitemap.xml", "/robots.txt",
			"/opensearch.xml", "/opensearch/suggestions" })
	void optionsAndCorsPreflightsOfferOnlyTheReadMethods(String path) throws Exception {
		HttpResponse<String> options = send(request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
		assertThat(options.statusCode()).isEqualTo(200);
		assertThat(options.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
		HttpResponse<String> preflight = send(request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://elsewhere.example")
			.header("Access-Control-Request-Method", "GET"));
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		String offered = String.join(",", preflight.headers().allValues("Access-Control-Allow-Methods"))
				+ String.join(",", preflight.headers().allValues("Allow"));
		assertThat(offered).contains("GET")
			.doesNotContain("TRACE")
			.doesNotContain("PATCH")
			.doesNotContain("PUT")
			.doesNotContain("POST")
			.doesNotContain("DELETE");
		HttpResponse<String> refused = send(request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://elsewhere.example")
			.header("Access-Control-Request-Method", "DELETE"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("it asks for 'DELETE'")
			.contains("may use only GET, HEAD, OPTIONS")
			.contains("\"instance\":\"" + path);
	}

	@Test
	void versionedAssetsAreImmutableForAYearAndEveryTextResponseIsCompressed() throws Exception {
		String home = get("/").body();
		Matcher css = Pattern.compile("href=\"(/css/site-[0-9a-f]+\\.css)\"").matcher(home);
		Matcher js = Pattern.compile("src=\"(/js/site-[0-9a-f]+\\.mjs)\"").matcher(home);
		assertThat(css.find()).as("the page links a versioned stylesheet").isTrue();
		assertThat(js.find()).as("the page links a versioned script").isTrue();
		for (String asset : List.of(css.group(1), js.group(1),
				"/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js",
				"/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")) {
			HttpResponse<String> response = get(asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(asset)
				.hasValue("max-age=31536000, public, immutable");
		}
		String script = get(js.group(1)).body();
		assertThat(script).as("the script imports versioned modules")
			.containsPattern("from '/js/typeahead-[0-9a-f]+\\.mjs'")
			.contains("from '/webjars/govuk-frontend/5.14.0/");
		assertThat(get(css.group(1)).body()).as("the stylesheet links versioned icons")
			.containsPattern("url\\(\"/images/padlock-on-[0-9a-f]+\\.svg\"\\)");
		assertThat(get("/css/site.css").headers().firstValue("Cache-Control")).as("a plain name is revalidated")
			.hasValue("no-cache");
		for (String path : List.of("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js", "/data", "/",
				"/api/v1/search?q=school", "/api/v1/centres", "/data/whatworks.csv", "/feed.atom", "/sitemap.xml",
				css.group(1))) {
			HttpResponse<byte[]> response = HTTP.send(request(path).header("Accept-Encoding", "gzip").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
		}
	}

	/** One request over a plain socket, exactly as written, and the whole response. */
	String raw(String request) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			return all.toString(StandardCharsets.UTF_8);
		}
	}

	static String header(String response, String name) {
		for (String line : response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n")) {
			if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
				return line.substring(name.length() + 1).strip();
			}
		}
		return "";
	}

	/** The body, with chunked transfer coding undone. */
	static String body(String response) {
		String body = response.substring(response.indexOf("\r\n\r\n") + 4);
		if (!header(response, "Transfer-Encoding").equalsIgnoreCase("chunked")) {
			return body;
		}
		StringBuilder out = new StringBuilder();
		int at = 0;
		while (true) {
			int end = body.indexOf("\r\n", at);
			int size = Integer.parseInt(body.substring(at, end).split(";")[0].strip(), 16);
			if (size == 0) {
				return out.toString();
			}
			out.append(body, end + 2, end + 2 + size);
			at = end + 2 + size + 2;
		}
	}

}
