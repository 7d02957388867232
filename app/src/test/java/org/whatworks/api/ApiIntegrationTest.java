package org.whatworks.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application on a random port, over real HTTP. Every API and open data test
 * class extends this one, so they share one application context (and the site's tests'
 * context, which is configured the same way).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiIntegrationTest {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	String base() {
		return "http://localhost:" + this.port;
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base() + path));
	}

	HttpResponse<String> get(String path) throws Exception {
		return send(request(path));
	}

	/** GETs a path that must answer 200 and returns the body as JSON. */
	JsonNode json(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).as(path)
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		return JSON.readTree(response.body());
	}

	/**
	 * GETs a path that must answer a problem with this status, and returns the problem.
	 */
	JsonNode problem(String path, int status) throws Exception {
		return problem(get(path), status);
	}

	static JsonNode problem(HttpResponse<String> response, int status) {
		String what = response.request().method() + " " + response.request().uri();
		assertThat(response.statusCode()).as("%s: %s", what, response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(what)
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).as(what)
			.doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("at java.")
			.doesNotContain("trace");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).isNotBlank();
		assertThat(problem.path("instance").asString()).isEqualTo(response.request().uri().getRawPath());
		return problem;
	}

}
