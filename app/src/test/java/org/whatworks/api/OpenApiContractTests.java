package org.whatworks.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document generated from the code describes every endpoint, parameter and
 * field, and real responses of every endpoint validate against it. Validation is strict:
 * a field the document does not describe fails it.
 */
class OpenApiContractTests extends ApiIntegrationTest {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	/**
	 * For every documented path, real requests (good and bad) and the status expected.
	 */
	static final Map<String, List<Sample>> SAMPLES = new LinkedHashMap<>();

	static {
		sample("/api/v1/centres", "/api/v1/centres", 200);
		sample("/api/v1/centres", "/api/v1/centres?x=1", 400);
		sample("/api/v1/centres/{centre}", "/api/v1/centres/education", 200);
		sample("/api/v1/centres/{centre}", "/api/v1/centres/ageing", 200);
		sample("/api/v1/centres/{centre}", "/api/v1/centres/atlantis", 404);
		sample("/api/v1/standard", "/api/v1/standard", 200);
		sample("/api/v1/entries/{centre}/{id}", "/api/v1/entries/education/feedback", 200);
		sample("/api/v1/entries/{centre}/{id}", "/api/v1/entries/ageing/" + "%s", 200);
		sample("/api/v1/entries/{centre}/{id}", "/api/v1/entries/education/atlantis", 404);
		sample("/api/v1/entries/{centre}/{id}/related", "/api/v1/entries/crime/%s/related", 200);
		sample("/api/v1/entries/{centre}/{id}/related", "/api/v1/entries/atlantis/x/related", 404);
		sample("/api/v1/search", "/api/v1/search?q=mentoring", 200);
		sample("/api/v1/search", "/api/v1/search?q=metacognitoin", 200);
		sample("/api/v1/search", "/api/v1/search?centre=education&education.phase=primary&sort=impact", 200);
		sample("/api/v1/search", "/api/v1/search?centre=ageing&size=100", 200);
		sample("/api/v1/search", "/api/v1/search?size=101", 400);
		sample("/api/v1/suggest", "/api/v1/suggest?q=ment", 200);
		sample("/api/v1/suggest", "/api/v1/suggest", 400);
		sample("/api/v1/gap-map", "/api/v1/gap-map", 200);
		sample("/api/v1/gap-map", "/api/v1/gap-map?centre=atlantis", 400);
		sample("/api/v1/gap-map",
				"/api/v1/gap-map?centre=crime&lifeStage=SECONDARY_AGE&band=PROMISING&minConfidence=2&design=OTHER"
						+ "&replication=UNKNOWN&lastingEffect=UNKNOWN&ukEvidence=UNKNOWN",
				200);
		sample("/api/v1/gap-map", "/api/v1/gap-map?minConfidence=9", 400);
		sample("/data/gap-map.json", "/data/gap-map.json?replication=YES", 200);
		sample("/data/gap-map.csv", "/data/gap-map.csv?centre=education&band=WELL_SUPPORTED", 200);
		sample("/data/gap-map.csv", "/data/gap-map.csv?design=RCT", 400);
		sample("/api/v1/approaches", "/api/v1/approaches", 200);
		sample("/api/v1/approaches", "/api/v1/approaches?x=1", 400);
		sample("/api/v1/approaches/{id}", "/api/v1/approaches/multisystemic-therapy", 200);
		sample("/api/v1/approaches/{id}", "/api/v1/approaches/behaviour-interventions", 200);
		sample("/api/v1/approaches/{id}", "/api/v1/approaches/atlantis", 404);
		sample("/api/v1/changes", "/api/v1/changes?since=2020-01-01", 200);
		sample("/api/v1/changes", "/api/v1/changes?since=2020-13-01", 400);
		sample("/data/whatworks.json", "/data/whatworks.json", 200);
		sample("/data/whatworks.csv", "/data/whatworks.csv", 200);
		sample("/data/dictionary.json", "/data/dictionary.json", 200);
		sample("/data/dictionary.json", "/data/dictionary.json?x=1", 400);
		sample("/data/centres/{centre}.json", "/data/centres/health.json", 200);
		sample("/data/centres/{centre}.json", "/data/centres/atlantis.json", 404);
		sample("/data/centres/{centre}.csv", "/data/centres/health.csv", 200);
		sample("/data/search.json", "/data/search.json?band=PROMISING", 200);
		sample("/data/search.csv", "/data/search.csv?q=mentoring&sort=title", 200);
		sample("/data/search.csv", "/data/search.csv?sort=x", 400);
		sample("/sitemap.xml", "/sitemap.xml", 200);
		sample("/robots.txt", "/robots.txt", 200);
		sample("/opensearch.xml", "/opensearch.xml", 200);
		sample("/opensearch/suggestions", "/opensearch/suggestions?q=ment", 200);
		sample("/feed.atom", "/feed.atom", 200);
	}

	record Sample(String url, int status) {
	}

	private static void sample(String path, String url, int status) {
		SAMPLES.computeIfAbsent(path, (p) -> new ArrayList<>()).add(new Sample(url, status));
	}

	private JsonNode document;

	@BeforeEach
	void readDocument() throws Exception {
		HttpResponse<String> response = get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		this.document = MAPPER.readTree(response.body());
	}

	@Test
	void isOpenApi31WithSwaggerUi() throws Exception {
		assertThat(this.document.path("openapi").asText()).startsWith("3.1");
		assertThat(this.document.path("info").path("description").asText()).isNotBlank();
		HttpResponse<String> ui = get("/swagger-ui/index.html");
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.body()).contains("swagger-ui");
	}

	@Test
	void documentsEveryEndpointThisTestExercisesAndNoOther() {
		List<String> documented = new ArrayList<>();
		this.document.path("paths").fieldNames().forEachRemaining(documented::add);
		assertThat(documented).containsExactlyInAnyOrderElementsOf(SAMPLES.keySet());
	}

	@Test
	void describesEveryOperationParameterAndField() {
		this.document.path("paths").properties().forEach((path) -> {
			JsonNode get = path.getValue().path("get");
			assertThat(get.isMissingNode()).as(path.getKey()).isFalse();
			assertThat(get.path("summary").asText()).as("summary of " + path.getKey()).isNotBlank();
			assertThat(get.path("description").asText()).as("description of " + path.getKey()).isNotBlank();
			for (JsonNode parameter : get.path("parameters")) {
				assertThat(parameter.path("description").asText())
					.as(path.getKey() + " parameter " + parameter.path("name").asText())
					.isNotBlank();
			}
			assertThat(get.path("responses").has("200")).as(path.getKey()).isTrue();
			assertThat(get.path("responses").has("400")).as(path.getKey()).isTrue();
		});
		this.document.path("components").path("schemas").properties().forEach((schema) -> {
			assertThat(schema.getValue().path("description").asText()).as(schema.getKey()).isNotBlank();
			schema.getValue().path("properties").properties().forEach((property) -> {
				assertThat(property.getValue().path("description").asText())
					.as(schema.getKey() + "." + property.getKey())
					.isNotBlank();
			});
		});
	}

	/** Every {@code <centre>.<taxonomy>} facet, as the API describes the centres. */
	private List<String> taxonomyFacets() throws Exception {
		List<String> facets = new ArrayList<>();
		for (JsonNode centre : MAPPER.readTree(get("/api/v1/centres").body()).path("centres")) {
			String id = centre.path("id").asText();
			for (JsonNode taxonomy : MAPPER.readTree(get("/api/v1/centres/" + id).body()).path("taxonomies")) {
				facets.add(id + "." + taxonomy.path("id").asText());
			}
		}
		assertThat(facets).contains("education.phase");
		return facets;
	}

	@Test
	void searchParametersAreDocumentedWithWhatTheyAllow() throws Exception {
		Map<String, JsonNode> parameters = new LinkedHashMap<>();
		this.document.path("paths")
			.path("/api/v1/search")
			.path("get")
			.path("parameters")
			.forEach((p) -> parameters.put(p.path("name").asText(), p));
		List<String> names = new ArrayList<>(SearchParameters.NAMES);
		names.addAll(taxonomyFacets());
		assertThat(parameters.keySet()).containsExactlyInAnyOrderElementsOf(names);
		assertThat(parameters.get("size").path("schema").path("maximum").asInt()).isEqualTo(100);
		assertThat(parameters.get("page").path("schema").path("maximum").asInt()).isEqualTo(1000);
		assertThat(parameters.get("sort").path("schema").path("enum").toString()).contains("relevance", "reviewed");
		assertThat(parameters.get("band").path("schema").path("items").path("enum").toString()).contains("PROMISING");
		assertThat(parameters.get("confidence").path("schema").path("items").path("enum").toString()).contains("\"0\"",
				"\"5\"", "\"none\"");
		assertThat(parameters.get("centre").path("schema").path("items").path("enum").toString())
			.contains("\"education\"", "\"local-growth\"");
		assertThat(parameters.get("education.phase").path("schema").path("items").path("enum").toString())
			.contains("\"primary\"");
		assertThat(parameters.get("setting").path("schema").path("items").path("enum").toString())
			.contains("\"SCHOOL\"", "\"EARLY_YEARS_SETTING\"", "\"LOCAL_AREA\"");
		assertThat(parameters.get("need").path("schema").path("items").path("enum").toString())
			.isEqualTo("[\"UNIVERSAL\",\"TARGETED\",\"SPECIALIST\"]");
		assertThat(parameters.get("delivery").path("schema").path("items").path("enum").toString())
			.contains("\"WHOLE_ORGANISATION\"");
		assertThat(parameters.get("ready").path("schema").path("items").path("enum").toString()).isEqualTo("[\"yes\"]");
		assertThat(parameters.get("design").path("schema").path("items").path("enum").toString())
			.contains("\"RANDOMISED\"", "\"UNKNOWN\"");
		assertThat(parameters.get("replication").path("schema").path("items").path("enum").toString())
			.contains("\"SAME_TEAM_ONLY\"");
		assertThat(parameters.get("lastingEffect").path("schema").path("items").path("enum").toString())
			.contains("\"YES\"", "\"NO\"", "\"UNKNOWN\"");
		assertThat(parameters.get("ukEvidence").path("schema").path("items").path("enum").toString())
			.contains("\"YES\"");
		List<String> csvParameters = new ArrayList<>();
		this.document.path("paths")
			.path("/data/search.csv")
			.path("get")
			.path("parameters")
			.forEach((p) -> csvParameters.add(p.path("name").asText()));
		assertThat(csvParameters).contains("setting", "need", "delivery", "ready", "design", "replication",
				"lastingEffect", "ukEvidence");
	}

	@Test
	void realResponsesOfEveryEndpointValidateAgainstTheDocument() throws Exception {
		String ageingEntry = firstEntry("ageing");
		String crimeEntry = firstEntry("crime");
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, List<Sample>> entry : SAMPLES.entrySet()) {
			for (Sample sample : entry.getValue()) {
				String url = sample.url().contains("/ageing/%s") ? sample.url().formatted(ageingEntry)
						: sample.url().contains("/crime/%s") ? sample.url().formatted(crimeEntry) : sample.url();
				HttpResponse<String> response = get(url);
				assertThat(response.statusCode()).as("GET %s: %s", url, response.body()).isEqualTo(sample.status());
				String contentType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
				JsonNode documented = this.document.path("paths")
					.path(entry.getKey())
					.path("get")
					.path("responses")
					.path(String.valueOf(sample.status()))
					.path("content");
				assertThat(documented.has(contentType))
					.as("%s answers %s %s, documented: %s", url, sample.status(), contentType, documented.toString())
					.isTrue();
				JsonNode schema = documented.path(contentType).path("schema");
				if (contentType.endsWith("json")) {
					Set<ValidationMessage> errors = validator(schema).validate(MAPPER.readTree(response.body()));
					errors.forEach((e) -> failures.add(url + ": " + e.getMessage()));
				}
				else {
					assertThat(response.body()).as(url).isNotBlank();
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void theValidatorRejectsAResponseThatBreaksTheContract() throws Exception {
		ObjectNode centres = (ObjectNode) MAPPER.readTree(get("/api/v1/centres").body());
		JsonNode schema = this.document.path("paths")
			.path("/api/v1/centres")
			.path("get")
			.path("responses")
			.path("200")
			.path("content")
			.path("application/json")
			.path("schema");
		assertThat(validator(schema).validate(centres)).isEmpty();
		((ObjectNode) centres.path("centres").get(0)).put("undocumented", 1);
		assertThat(validator(schema).validate(centres)).isNotEmpty();
		((ObjectNode) centres.path("centres").get(0)).remove("undocumented");
		((ObjectNode) centres.path("centres").get(0)).remove("name");
		assertThat(validator(schema).validate(centres)).isNotEmpty();
	}

	private String firstEntry(String centre) throws Exception {
		return json("/api/v1/search?centre=" + centre + "&sort=title&size=1").path("results")
			.get(0)
			.path("id")
			.asString();
	}

	/**
	 * A JSON Schema 2020-12 validator for a response schema of the document, with the
	 * document's components beside it so that references resolve, and every object closed
	 * to properties it does not describe.
	 */
	private JsonSchema validator(JsonNode responseSchema) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		JsonNode components = this.document.path("components").deepCopy();
		close(components);
		root.set("components", components);
		root.set("allOf", MAPPER.createArrayNode().add(responseSchema.deepCopy()));
		return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
	}

	private static void close(JsonNode node) {
		if (node instanceof ObjectNode object) {
			if (object.has("properties") && !object.has("additionalProperties")) {
				object.put("additionalProperties", false);
			}
			Iterator<JsonNode> children = object.elements();
			children.forEachRemaining(OpenApiContractTests::close);
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(OpenApiContractTests::close);
		}
	}

}
