package org.whatworks.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error is RFC 9457 problem details naming the parameter and what it allows, and
 * never shows a stack trace.
 */
class ApiErrorTests extends ApiIntegrationTest {

	@ParameterizedTest(name = "{0} -> 400 naming {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/search?page=-1                 | page       | 1 to 1000
			/api/v1/search?page=0                  | page       | 1 to 1000
			/api/v1/search?page=1001               | page       | 1 to 1000
			/api/v1/search?page=two                | page       | 1 to 1000
			/api/v1/search?page=1&page=2           | page       |
			/api/v1/search?size=0                  | size       | 1 to 100
			/api/v1/search?size=101                | size       | 1 to 100
			/api/v1/search?size=500                | size       | 1 to 100
			/api/v1/search?sort=popularity         | sort       | relevance
			/api/v1/search?colour=red              | colour     | q
			/api/v1/search?band=GREAT              | band       | PROMISING
			/api/v1/search?domain=ASTRONOMY        | domain     | EDUCATION_AND_SKILLS
			/api/v1/search?lifeStage=TEENS         | lifeStage  | SECONDARY_AGE
			/api/v1/search?approach=MAGIC          | approach   | TUTORING_AND_MENTORING
			/api/v1/search?confidence=9            | confidence | 5
			/api/v1/search?cost=0                  | cost       | none
			/api/v1/search?centre=atlantis         | centre     | education
			/api/v1/search?atlantis.phase=primary  | atlantis.phase | centre
			/api/v1/search?education.colour=red    | education.colour | education.phase
			/api/v1/search?education.phase=moon    | education.phase | primary
			/api/v1/suggest                        | q          | any text
			/opensearch/suggestions                | q          | any text
			/api/v1/suggest?q=a&limit=50           | limit      | 1 to 20
			/api/v1/entries/education/feedback/related?limit=0 | limit | 1 to 20
			/api/v1/gap-map?centre=atlantis        | centre     | education
			/api/v1/gap-map?approach=PROMISING     | approach   | centre
			/api/v1/gap-map?band=GREAT             | band       | PROMISING
			/api/v1/gap-map?minConfidence=0        | minConfidence | 5
			/api/v1/gap-map?replication=YES&replication=NO | replication | SAME_TEAM_ONLY
			/data/gap-map.csv?lastingEffect=MAYBE  | lastingEffect | UNKNOWN
			/data/gap-map.json?design=RCT          | design     | RANDOMISED
			/api/v1/centres?page=2                 | page       |
			/data/search.csv?size=101              | size       | 1 to 100
			/data/search.json?facet=x              | facet      | q
			""")
	void badParameterIs400NamingTheParameterAndWhatItAllows(String path, String parameter, String allowed)
			throws Exception {
		JsonNode problem = problem(path, 400);
		assertThat(problem.path("parameter").asString()).isEqualTo(parameter);
		assertThat(problem.path("detail").asString()).contains(parameter);
		if (allowed != null) {
			List<String> values = new ArrayList<>();
			problem.path("allowed").forEach((v) -> values.add(v.asString()));
			assertThat(values).contains(allowed);
			assertThat(problem.path("detail").asString()).contains(allowed);
		}
	}

	@Test
	void whatAUserTypedIsQuotedShortAndEscaped() throws Exception {
		String hostile = "%3Cscript%3Ealert(1)%3C/script%3E" + "x".repeat(300);
		HttpResponse<String> response = get("/api/v1/search?sort=" + hostile);
		JsonNode problem = problem(response, 400);
		assertThat(problem.path("detail").asString()).contains("<script>alert(1)</script>").hasSizeLessThan(300);
		assertThat(response.body()).doesNotContain("x".repeat(100));
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/centres/atlantis", "/api/v1/entries/atlantis/feedback", "/api/v1/entries/education/atlantis",
			"/api/v1/entries/education/atlantis/related", "/data/centres/atlantis.csv", "/data/centres/atlantis.json" })
	void unknownCentreOrEntryIs404(String path) throws Exception {
		assertThat(problem(path, 404).path("detail").asString()).contains("atlantis");
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/nothing-here", "/api/v2/centres", "/api", "/api/v1/centres/education/scales/x" })
	void unknownPathUnderTheApiIsAProblem404(String path) throws Exception {
		assertThat(problem(path, 404).path("detail").asString()).contains("/api/v1");
	}

	@Test
	void writingToTheReadOnlyApiIsAProblem405EvenWithoutACsrfToken() throws Exception {
		for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
			HttpResponse<String> response = send(
					request("/api/v1/centres").method(method, HttpRequest.BodyPublishers.noBody()));
			assertThat(problem(response, 405).path("allowed").toString()).contains("GET");
		}
	}

	@Test
	void anotherMethodOnAnEndpointIsAProblem405ListingGet() throws Exception {
		Session session = session();
		for (String path : List.of("/api/v1/centres", "/api/v1/search", "/api/v1/entries/education/feedback")) {
			HttpResponse<String> response = send(request(path).method("POST", HttpRequest.BodyPublishers.noBody())
				.header("Cookie", session.cookie())
				.header("X-CSRF-TOKEN", session.token()));
			JsonNode problem = problem(response, 405);
			assertThat(response.headers().firstValue("Allow")).hasValueSatisfying((a) -> assertThat(a).contains("GET"));
			assertThat(problem.path("allowed").toString()).contains("GET");
		}
		HttpResponse<String> unknown = send(
				request("/api/v1/nothing").method("POST", HttpRequest.BodyPublishers.noBody())
					.header("Cookie", session.cookie())
					.header("X-CSRF-TOKEN", session.token()));
		problem(unknown, 404);
	}

	@Test
	void anUnacceptableMediaTypeIsAProblem() throws Exception {
		HttpResponse<String> response = send(request("/api/v1/centres").header("Accept", "application/xml"));
		problem(response, 406);
	}

	/** A session and CSRF token, as a browser that opened the sign-in page has them. */
	private Session session() throws Exception {
		HttpResponse<String> login = get("/admin/login");
		String cookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.map((c) -> c.split(";", 2)[0])
			.filter((c) -> c.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login.body());
		Optional<String> value = token.find() ? Optional.of(token.group(1)) : Optional.empty();
		return new Session(cookie, value.orElseThrow());
	}

	private record Session(String cookie, String token) {
	}

}
