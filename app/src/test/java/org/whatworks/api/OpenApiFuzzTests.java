package org.whatworks.api;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OpenAPI-driven fuzzer in the build: requests generated from {@code /v3/api-docs} for
 * every operation (valid values; each parameter missing, empty, of the wrong type, too
 * long, repeated; unknown and empty names; every method), each response checked against
 * the same document by Atlassian's swagger-request-validator, a validator no one here
 * wrote: no 5xx, no status, content type or field the document does not describe. The
 * requests are drawn with a fixed seed and their number is bounded, so a run takes
 * seconds and a failure comes back the same.
 */
class OpenApiFuzzTests extends ApiIntegrationTest {

	static final long SEED = 20261206L;

	/**
	 * Random mixes of good and bad values per operation, on top of the systematic ones.
	 */
	static final int RANDOM_PER_OPERATION = 4;

	/**
	 * Of the eight kinds of bad value (empty, wrong type, too long...), how many per
	 * parameter.
	 */
	static final int BAD_VALUES_PER_PARAMETER = 3;

	/** The most GETs per operation, drawn from all the shapes above with the seed. */
	static final int MAX_QUERIES_PER_OPERATION = 24;

	static final List<String> OTHER_METHODS = List.of("POST", "PUT", "DELETE", "PATCH", "TRACE", "FOO");

	/** Known good values of path variables, where the document gives no example. */
	static final Map<String, String> PATH_VALUES = Map.of("centre", "education", "id", "feedback");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private JsonNode document;

	private OpenApiInteractionValidator validator;

	private final Set<String> validated = new java.util.HashSet<>();

	@BeforeEach
	void readDocument() throws Exception {
		HttpResponse<String> response = get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		this.document = JSON.readTree(response.body());
		this.validator = validator(this.document);
	}

	@Test
	void theValidatorRejectsWhatTheDocumentDoesNotDescribe() throws Exception {
		String centres = get("/api/v1/centres").body();
		assertThat(errors("/api/v1/centres", 200, "application/json", centres)).isEmpty();
		assertThat(errors("/api/v1/centres", 200, "application/json",
				centres.replaceFirst("\\{\"id\"", "{\"undocumented\":1,\"id\"")))
			.as("an undocumented field")
			.isNotEmpty();
		assertThat(errors("/api/v1/centres", 200, "application/json", "{\"centres\":[{\"id\":\"x\"}]}"))
			.as("missing fields")
			.isNotEmpty();
		assertThat(errors("/api/v1/centres", 200, "text/html", centres)).as("an undocumented content type")
			.isNotEmpty();
		assertThat(errors("/api/v1/centres", 418, "application/json", centres)).as("an undocumented status")
			.isNotEmpty();
		assertThat(errors("/api/v1/centres/education", 404, "application/problem+json",
				"{\"title\":\"Not Found\",\"status\":404}"))
			.as("a problem without its detail and instance")
			.isNotEmpty();
	}

	private List<String> errors(String path, int status, String type, String body) {
		return this.validator
			.validateResponse(path, Request.Method.GET,
					SimpleResponse.Builder.status(status).withContentType(type).withBody(body).build())
			.getMessages()
			.stream()
			.filter((m) -> m.getLevel() == ValidationReport.Level.ERROR)
			.map((m) -> m.getKey() + " " + m.getMessage())
			.toList();
	}

	@Test
	void noRequestShapeGetsA5xxOrAnAnswerTheDocumentDoesNotDescribe() throws Exception {
		List<String> failures = new ArrayList<>();
		long start = System.nanoTime();
		int sent = fuzz(this.document, this.validator, new Random(SEED), failures);
		System.out.printf("OpenApiFuzzTests: %d requests in %d ms%n", sent, (System.nanoTime() - start) / 1_000_000);
		assertThat(sent).as("requests sent").isGreaterThan(300);
		assertThat(failures).as("%d requests", sent).isEmpty();
	}

	/**
	 * The fuzzer finds a planted 500: a test-only endpoint that fails, mapped into the
	 * running application for this test only and described like any other operation.
	 */
	@Test
	void aPlanted500IsFound() throws Exception {
		Method fail = Planted.class.getDeclaredMethod("fail");
		RequestMappingInfo info = RequestMappingInfo.paths("/api/v1/planted")
			.methods(org.springframework.web.bind.annotation.RequestMethod.GET)
			.options(this.mappings.getBuilderConfiguration())
			.build();
		this.mappings.registerMapping(info, new Planted(), fail);
		try {
			ObjectNode planted = JSON.createObjectNode();
			ObjectNode paths = planted.putObject("paths");
			paths.set("/api/v1/planted", this.document.path("paths").path("/api/v1/gap-map").deepCopy());
			ObjectNode withPlanted = (ObjectNode) this.document.deepCopy();
			withPlanted.set("paths", paths);
			List<String> failures = new ArrayList<>();
			fuzz(withPlanted, validator(withPlanted), new Random(SEED), failures);
			assertThat(failures).isNotEmpty().anyMatch((f) -> f.contains("-> 500"));
		}
		finally {
			this.mappings.unregisterMapping(info);
		}
		assertThat(get("/api/v1/planted").statusCode()).isEqualTo(404);
	}

	static class Planted {

		@ResponseBody
		String fail() {
			throw new IllegalStateException("planted");
		}

	}

	private int fuzz(JsonNode document, OpenApiInteractionValidator validator, Random random, List<String> failures)
			throws Exception {
		int sent = 0;
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			JsonNode operation = path.getValue().path("get");
			List<JsonNode> parameters = new ArrayList<>();
			operation.path("parameters").forEach(parameters::add);
			String concrete = concretePath(path.getKey(), parameters);
			Map<String, String> valid = new LinkedHashMap<>();
			for (JsonNode parameter : parameters) {
				if (parameter.path("in").asString().equals("query")
						&& (parameter.path("required").asBoolean() || random.nextBoolean())) {
					valid.put(parameter.path("name").asString(), validValue(parameter.path("schema"), random));
				}
			}
			List<String> queries = new ArrayList<>();
			queries.add(query(valid));
			for (JsonNode parameter : parameters) {
				if (!parameter.path("in").asString().equals("query")) {
					continue;
				}
				String name = parameter.path("name").asString();
				Map<String, String> without = new LinkedHashMap<>(valid);
				without.remove(name);
				queries.add(query(without));
				List<String> bads = new ArrayList<>(List.of("", "zz-not-" + name, "-1", "99999999999999999999",
						"x".repeat(2000), "%00", "\u202Eevil", "1.5"));
				java.util.Collections.shuffle(bads, random);
				for (String bad : bads.subList(0, BAD_VALUES_PER_PARAMETER)) {
					Map<String, String> with = new LinkedHashMap<>(valid);
					with.put(name, bad);
					queries.add(query(with));
				}
				queries.add(query(valid) + "&" + enc(name) + "=" + enc(validValue(parameter.path("schema"), random)));
			}
			queries.add(query(valid) + "&zz-unknown=1");
			queries.add(query(valid) + "&=x");
			queries.add(query(valid) + "&" + "n".repeat(3000) + "=1");
			for (int i = 0; i < RANDOM_PER_OPERATION; i++) {
				Map<String, String> mixed = new LinkedHashMap<>();
				for (JsonNode parameter : parameters) {
					if (parameter.path("in").asString().equals("query") && random.nextInt(3) > 0) {
						mixed.put(parameter.path("name").asString(), random.nextBoolean()
								? validValue(parameter.path("schema"), random) : randomText(random));
					}
				}
				queries.add(query(mixed));
			}
			List<String> distinct = new ArrayList<>(new LinkedHashSet<>(queries));
			List<String> drawn = new ArrayList<>(distinct.subList(1, distinct.size()));
			java.util.Collections.shuffle(drawn, random);
			drawn = drawn.subList(0, Math.min(drawn.size(), MAX_QUERIES_PER_OPERATION - 1));
			drawn.add(0, distinct.get(0));
			for (String query : drawn) {
				String url = concrete + (query.isEmpty() ? "" : "?" + query);
				check(document, validator, path.getKey(), url, send(request(url)), failures);
				sent++;
			}
			if (path.getKey().contains("{")) {
				String unknown = concrete.replace("/education", "/zz-atlantis");
				check(document, validator, path.getKey(), unknown, send(request(unknown)), failures);
				sent++;
			}
			String url = concrete + (valid.isEmpty() ? "" : "?" + query(valid));
			sent += checkOtherMethods(url, failures);
		}
		return sent;
	}

	private int checkOtherMethods(String url, List<String> failures) throws Exception {
		int sent = 0;
		HttpResponse<String> head = send(request(url).method("HEAD", HttpRequest.BodyPublishers.noBody()));
		expect(head.statusCode() < 500 && head.body().isEmpty(), "HEAD " + url + " -> " + head.statusCode(), failures);
		HttpResponse<String> options = send(request(url).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
		expect(options.statusCode() == 200
				&& options.headers().firstValue("Allow").orElse("").equals("GET, HEAD, OPTIONS"),
				"OPTIONS " + url + " -> " + options.statusCode() + " Allow " + options.headers().firstValue("Allow"),
				failures);
		sent += 2;
		for (String method : OTHER_METHODS) {
			HttpResponse<String> response = send(request(url).method(method, HttpRequest.BodyPublishers.noBody()));
			String type = response.headers().firstValue("Content-Type").orElse("");
			expect(response.statusCode() == 405 && type.startsWith("application/problem+json")
					&& response.headers().firstValue("Allow").orElse("").equals("GET, HEAD, OPTIONS"),
					method + " " + url + " -> " + response.statusCode() + " " + type + " Allow "
							+ response.headers().firstValue("Allow"),
					failures);
			sent++;
		}
		return sent;
	}

	private void check(JsonNode document, OpenApiInteractionValidator validator, String template, String url,
			HttpResponse<String> response, List<String> failures) {
		int status = response.statusCode();
		String type = response.headers().firstValue("Content-Type").orElse("");
		String what = "GET " + shorten(url) + " -> " + status + " " + type;
		if (status >= 500) {
			failures.add(what + ": a server error");
			return;
		}
		JsonNode documented = document.path("paths").path(template).path("get").path("responses");
		if (!documented.has(String.valueOf(status))) {
			failures.add(what + ": status not in the document " + documented.propertyNames());
			return;
		}
		// a body already validated for this operation is not validated again (a download
		// that ignores a bad value's neighbours is the same megabyte each time)
		if (!this.validated.add(template + " " + status + " " + type + " " + response.body().length() + " "
				+ response.body().hashCode())) {
			return;
		}
		SimpleResponse.Builder answer = SimpleResponse.Builder.status(status).withBody(response.body());
		if (!type.isEmpty()) {
			answer.withContentType(type);
		}
		ValidationReport report = validator.validateResponse(URI.create(url).getRawPath(), Request.Method.GET,
				answer.build());
		report.getMessages()
			.stream()
			.filter((m) -> m.getLevel() == ValidationReport.Level.ERROR)
			.forEach((m) -> failures.add(what + ": " + m.getKey() + " " + shorten(m.getMessage())));
	}

	private static void expect(boolean ok, String what, List<String> failures) {
		if (!ok) {
			failures.add(what);
		}
	}

	private static String concretePath(String template, List<JsonNode> parameters) {
		String path = template;
		for (JsonNode parameter : parameters) {
			if (parameter.path("in").asString().equals("path")) {
				String name = parameter.path("name").asString();
				String example = parameter.path("example").asString("");
				path = path.replace("{" + name + "}",
						example.isEmpty() ? PATH_VALUES.getOrDefault(name, "education") : example);
			}
		}
		for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
			path = path.replace("{" + value.getKey() + "}", value.getValue());
		}
		return path;
	}

	/** A value the schema allows: its example, an enumerated value, a number in range. */
	private static String validValue(JsonNode schema, Random random) {
		JsonNode items = schema.path("items");
		JsonNode values = schema.has("enum") ? schema.path("enum") : items.path("enum");
		if (values.isArray() && !values.isEmpty()) {
			return values.get(random.nextInt(values.size())).asString();
		}
		String type = schema.has("type") ? schema.path("type").asString() : items.path("type").asString();
		if (type.equals("integer")) {
			int min = schema.path("minimum").asInt(1);
			int max = schema.path("maximum").asInt(min + 9);
			return Integer.toString(min + random.nextInt(Math.min(max - min + 1, 10)));
		}
		return List.of("ment", "school", "mentoring", "reading", "crime").get(random.nextInt(5));
	}

	private static String randomText(Random random) {
		String alphabet = "abcXYZ019-_.~ %&=+/?#\u00e9\u202e";
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(12);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	private static String query(Map<String, String> values) {
		List<String> pairs = new ArrayList<>();
		values.forEach((name, value) -> pairs.add(enc(name) + "=" + (value.equals("%00") ? value : enc(value))));
		return String.join("&", pairs);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String shorten(String text) {
		return (text.length() > 160) ? text.substring(0, 160) + "…" : text;
	}

	/**
	 * Atlassian's validator over the document, with every object closed to properties it
	 * does not describe, so that an undocumented field fails.
	 */
	static OpenApiInteractionValidator validator(JsonNode document) {
		JsonNode closed = document.deepCopy();
		close(closed.path("components"));
		return OpenApiInteractionValidator.createForInlineApiSpecification(closed.toString()).build();
	}

	private static void close(JsonNode node) {
		if (node instanceof ObjectNode object) {
			if (object.has("properties") && !object.has("additionalProperties")) {
				object.put("additionalProperties", false);
			}
			Set<String> names = new LinkedHashSet<>(object.propertyNames());
			names.forEach((name) -> close(object.get(name)));
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(OpenApiFuzzTests::close);
		}
	}

}
