package org.whatworks.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the JSON API answers what a developer needs, on the real content.
 */
class ApiEndpointsTests extends ApiIntegrationTest {

	/** One sample GET of every read endpoint of the API and the open data. */
	static final List<String> READS = List.of("/api/v1/centres", "/api/v1/centres/education", "/api/v1/standard",
			"/api/v1/entries/education/feedback", "/api/v1/entries/education/feedback/related",
			"/api/v1/search?q=mentoring", "/api/v1/suggest?q=ment", "/api/v1/gap-map", "/data/whatworks.json",
			"/data/whatworks.csv", "/data/centres/crime.json", "/data/centres/crime.csv",
			"/data/search.csv?q=mentoring", "/data/search.json?q=mentoring", "/sitemap.xml", "/robots.txt",
			"/opensearch.xml", "/opensearch/suggestions?q=ment", "/feed.atom", "/data", "/data/dictionary.json");

	@Test
	void centresListsEverySixCentreWithCountsAndDownloads() throws Exception {
		JsonNode centres = json("/api/v1/centres").path("centres");
		List<String> ids = new ArrayList<>();
		centres.forEach((c) -> ids.add(c.path("id").asString()));
		assertThat(ids).contains("health", "education", "crime", "ageing", "early-intervention", "local-growth");
		for (JsonNode centre : centres) {
			assertThat(centre.path("entries").asInt()).isPositive();
			assertThat(centre.path("downloads").path("csv").asString()).endsWith(".csv");
			assertThat(centre.path("apiUrl").asString()).startsWith(HttpSurfaceTests.SITE + "/api/v1/centres/");
		}
	}

	@Test
	void aCentreHasItsScalesTaxonomiesAndCrosswalk() throws Exception {
		JsonNode education = json("/api/v1/centres/education");
		assertThat(education.path("name").asString()).isEqualTo("Education Endowment Foundation");
		List<String> scales = new ArrayList<>();
		education.path("scales").forEach((s) -> scales.add(s.path("id").asString()));
		assertThat(scales).contains("months", "cost", "padlocks");
		JsonNode padlocks = education.path("scales").get(scales.indexOf("padlocks"));
		assertThat(padlocks.path("kind").asString()).isEqualTo("ORDINAL");
		assertThat(padlocks.path("levels").size()).isGreaterThan(1);
		assertThat(education.path("taxonomies").size()).isPositive();
		assertThat(education.path("crosswalk").path("explanation").asString()).isNotBlank();
		assertThat(education.path("crosswalk").path("scales").size()).isPositive();
		assertThat(education.path("crosswalk").path("terms").size()).isPositive();
	}

	@Test
	void theStandardListsBandsAndVocabularies() throws Exception {
		JsonNode standard = json("/api/v1/standard");
		List<String> bands = new ArrayList<>();
		standard.path("bands").forEach((b) -> bands.add(b.path("code").asString()));
		assertThat(bands).containsExactly("WELL_SUPPORTED", "PROMISING", "MIXED", "NO_EFFECT", "HARMFUL",
				"INSUFFICIENT", "NOT_RATED");
		assertThat(standard.path("confidence").size()).isEqualTo(6);
		assertThat(standard.path("costBands").size()).isEqualTo(5);
		assertThat(standard.path("domains").size()).isEqualTo(9);
		assertThat(standard.path("lifeStages").size()).isEqualTo(8);
		assertThat(standard.path("approaches").size()).isEqualTo(14);
		assertThat(standard.path("settings").size()).isEqualTo(8);
		assertThat(standard.path("needs").get(1).path("code").asString()).isEqualTo("TARGETED");
		assertThat(standard.path("needs").get(1).path("label").asString()).isEqualTo("Targeted (people at risk)");
		assertThat(standard.path("deliveries").size()).isEqualTo(4);
	}

	@Test
	void anEntryHasNativeAndNetworkRatingsFindingsSourcesProvenanceAndRelated() throws Exception {
		JsonNode entry = json("/api/v1/entries/education/feedback");
		assertThat(entry.path("title").asString()).isEqualTo("Feedback");
		assertThat(entry.path("ref").asString()).isEqualTo("education/feedback");
		List<String> scales = new ArrayList<>();
		entry.path("headline").forEach((r) -> scales.add(r.path("scale").asString()));
		assertThat(scales).containsExactly("months", "cost", "padlocks");
		assertThat(entry.path("network").path("band").asString()).isNotBlank();
		assertThat(entry.path("findings").size()).isPositive();
		assertThat(entry.path("findings").get(0).path("network").path("band").asString()).isNotBlank();
		assertThat(entry.path("sources").get(0).path("url").asString()).startsWith("http");
		assertThat(entry.path("provenance").path("lastReviewed").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(entry.path("howWeCompared").asString()).isNotBlank();
		assertThat(entry.path("url").asString()).isEqualTo(HttpSurfaceTests.SITE + "/entries/education/feedback");
		assertThat(entry.has("related")).isTrue();
	}

	@Test
	void anEntryHasItsCriteriaFitImplementationCostAndApproach() throws Exception {
		JsonNode mst = json("/api/v1/entries/early-intervention/multisystemic-therapy");
		assertThat(mst.path("fit").path("settings").toString()).isEqualTo("[\"HOME\"]");
		assertThat(mst.path("fit").path("needs").toString()).isEqualTo("[\"TARGETED\"]");
		assertThat(mst.path("fit").path("deliveries").toString()).isEqualTo("[\"INDIVIDUAL\"]");
		// EIF level 4+ implies at least a quasi-experimental design, independent
		// replication and a lasting effect
		JsonNode criteria = mst.path("criteria");
		assertThat(criteria.path("design").asString()).isEqualTo("QUASI_EXPERIMENTAL");
		assertThat(criteria.path("designIsMinimum").asBoolean()).isTrue();
		assertThat(criteria.path("replication").asString()).isEqualTo("YES");
		assertThat(criteria.path("lastingEffect").asString()).isEqualTo("YES");
		assertThat(criteria.path("labels").path("design").asString()).isEqualTo("At least quasi-experimental");
		assertThat(mst.path("findings").get(0).path("criteria").path("replication").asString())
			.isEqualTo("Yes, independently");
		// how the band was reached, as the entry page explains it: the level, then EIF's
		// asterisk turning the effect to mixed
		JsonNode steps = mst.path("findings").get(0).path("howCompared");
		assertThat(steps.size()).isGreaterThanOrEqualTo(2);
		assertThat(steps.get(0).path("sets").asString()).contains("effect: Positive");
		JsonNode asterisk = steps.get(steps.size() - 1);
		assertThat(asterisk.path("rule").asString()).isEqualTo("qualifier mixed");
		assertThat(asterisk.path("sets").asString()).isEqualTo("effect Mixed");
		assertThat(mst.path("network").path("band").asString()).isEqualTo("MIXED");
		assertThat(json("/api/v1/entries/local-growth/broadband").path("findings").get(0).path("howCompared").size())
			.as("every rated finding says how it was compared")
			.isPositive();
		JsonNode approach = mst.path("approach");
		assertThat(approach.path("id").asString()).isEqualTo("multisystemic-therapy");
		assertThat(approach.path("agreement").asString())
			.isEqualTo(json("/api/v1/approaches/multisystemic-therapy").path("agreement").asString());
		assertThat(approach.path("url").asString())
			.isEqualTo(HttpSurfaceTests.SITE + "/approaches/multisystemic-therapy");
		assertThat(json("/api/v1/entries/crime/multisystemic-therapy").path("approach").path("id").asString())
			.isEqualTo("multisystemic-therapy");

		JsonNode preschool = json("/api/v1/entries/early-intervention/incredible-years-preschool");
		assertThat(preschool.path("implementation").path("duration").asString())
			.isEqualTo("18 to 20 weekly sessions of two hours");
		assertThat(preschool.path("implementation").path("manual").isNull()).isTrue();
		assertThat(preschool.path("readyToImplement").asBoolean()).isFalse();
		assertThat(preschool.path("cost").isNull()).isTrue();

		JsonNode feedback = json("/api/v1/entries/education/feedback");
		assertThat(feedback.path("fit").path("settings").toString()).contains("\"SCHOOL\"");
		assertThat(feedback.path("implementation").isNull()).isTrue();
		assertThat(feedback.has("approach")).isTrue();
	}

	@Test
	void searchBySettingFindsOnlyEntriesInThatSettingAndAsManyAsTheFacetOffers() throws Exception {
		long offered = 0;
		for (JsonNode value : json("/api/v1/search?size=1").path("facets").path("setting")) {
			if (value.path("value").asString().equals("SCHOOL")) {
				assertThat(value.path("label").asString()).isEqualTo("School");
				offered = value.path("count").asLong();
			}
		}
		assertThat(offered).isPositive();
		JsonNode school = json("/api/v1/search?setting=school&size=100");
		assertThat(school.path("total").asLong()).isEqualTo(offered);
		assertThat(school.path("filters").path("setting").toString()).isEqualTo("[\"SCHOOL\"]");
		for (JsonNode result : school.path("results")) {
			String entry = result.path("apiUrl").asString().substring(HttpSurfaceTests.SITE.length());
			assertThat(json(entry).path("fit").path("settings").toString()).as(entry).contains("\"SCHOOL\"");
		}
		HttpResponse<String> wrong = get("/api/v1/search?need=some");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("need").contains("UNIVERSAL, TARGETED, SPECIALIST");
	}

	@Test
	void relatedEntriesComeFromOtherCentresToo() throws Exception {
		JsonNode related = json("/api/v1/entries/education/mentoring/related");
		assertThat(related.path("entry").path("id").asString()).isEqualTo("mentoring");
		Set<String> centres = new HashSet<>();
		related.path("related").forEach((r) -> centres.add(r.path("centre").asString()));
		assertThat(centres).isNotEmpty().anyMatch((c) -> !c.equals("education"));
		assertThat(json("/api/v1/entries/education/mentoring/related?limit=2").path("related").size())
			.isLessThanOrEqualTo(2);
	}

	@Test
	void searchFindsMentoringAcrossCentresWithFacetsAndResultFields() throws Exception {
		JsonNode search = json("/api/v1/search?q=mentoring");
		assertThat(search.path("total").asLong()).isPositive();
		Set<String> centres = new HashSet<>();
		for (JsonNode result : search.path("results")) {
			centres.add(result.path("centre").asString());
			for (String field : List.of("id", "centre", "title", "url", "summary", "band", "effect", "confidence",
					"costBand", "highlights")) {
				assertThat(result.has(field)).as(field).isTrue();
			}
		}
		assertThat(centres).contains("education", "crime");
		JsonNode centreFacet = search.path("facets").path("centre");
		assertThat(centreFacet.size()).isGreaterThan(1);
		JsonNode value = centreFacet.get(0);
		assertThat(value.path("value").asString()).isNotBlank();
		assertThat(value.path("label").asString()).isNotBlank();
		assertThat(value.path("count").asLong()).isPositive();
		assertThat(value.path("selected").asBoolean()).isFalse();
		assertThat(search.has("suggestion")).isTrue();
		assertThat(search.path("results").get(0).path("highlights").toString()).contains("<mark>");
	}

	@Test
	void searchFiltersByRepeatableFacetsAndKeepsOtherValuesVisible() throws Exception {
		JsonNode search = json("/api/v1/search?q=mentoring&centre=education&centre=crime&band=PROMISING");
		for (JsonNode result : search.path("results")) {
			assertThat(result.path("centre").asString()).isIn("education", "crime");
			assertThat(result.path("band").asString()).isEqualTo("PROMISING");
		}
		List<String> selected = new ArrayList<>();
		List<String> values = new ArrayList<>();
		search.path("facets").path("centre").forEach((v) -> {
			values.add(v.path("value").asString());
			if (v.path("selected").asBoolean()) {
				selected.add(v.path("value").asString());
			}
		});
		assertThat(selected).containsExactlyInAnyOrder("education", "crime");
		assertThat(values).hasSizeGreaterThan(2);
		assertThat(search.path("filters").path("band").get(0).asString()).isEqualTo("PROMISING");
	}

	@Test
	void searchPagesSortsAndSizes() throws Exception {
		JsonNode first = json("/api/v1/search?sort=title&size=5&page=1");
		JsonNode second = json("/api/v1/search?sort=title&size=5&page=2");
		assertThat(first.path("results").size()).isEqualTo(5);
		assertThat(first.path("pages").asInt()).isGreaterThan(1);
		List<String> titles = new ArrayList<>();
		first.path("results").forEach((r) -> titles.add(r.path("title").asString()));
		second.path("results").forEach((r) -> titles.add(r.path("title").asString()));
		assertThat(titles).hasSize(10).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(first.path("sort").asString()).isEqualTo("title");
	}

	@Test
	void aTypoStillFindsOrOffersDidYouMean() throws Exception {
		JsonNode search = json("/api/v1/search?q=metacognitoin");
		boolean found = false;
		for (JsonNode result : search.path("results")) {
			found |= result.path("title").asString().toLowerCase().contains("metacognit");
		}
		assertThat(found || search.path("suggestion").asString("").contains("metacognition")).as(search.toString())
			.isTrue();
	}

	@Test
	void suggestAnswersTypeAhead() throws Exception {
		JsonNode suggest = json("/api/v1/suggest?q=ment");
		assertThat(suggest.path("suggestions").size()).isPositive();
		assertThat(suggest.path("suggestions").get(0).path("text").asString().toLowerCase()).contains("ment");
		assertThat(json("/api/v1/suggest?q=").path("suggestions").size()).isZero();
	}

	@Test
	void gapMapCountsMatchTheSearchBehindEachCell() throws Exception {
		JsonNode map = json("/api/v1/gap-map");
		assertThat(map.path("approaches").size()).isEqualTo(14);
		assertThat(map.path("domains").size()).isEqualTo(9);
		assertThat(map.path("cells").size()).isEqualTo(14 * 9);
		JsonNode busiest = null;
		for (JsonNode cell : map.path("cells")) {
			int sum = 0;
			for (JsonNode band : cell.path("bands")) {
				sum += band.path("count").asInt();
			}
			assertThat(sum).isEqualTo(cell.path("total").asInt());
			if (busiest == null || cell.path("total").asInt() > busiest.path("total").asInt()) {
				busiest = cell;
			}
		}
		assertThat(busiest.path("total").asInt()).isPositive();
		String search = busiest.path("searchUrl").asString().substring(HttpSurfaceTests.SITE.length());
		assertThat(json(search).path("total").asInt()).isEqualTo(busiest.path("total").asInt());
		JsonNode education = json("/api/v1/gap-map?centre=education");
		assertThat(education.path("centres").size()).isEqualTo(1);
	}

	@Test
	void everyReadHasAnEtagAndCacheControlAndRevalidates() throws Exception {
		for (String path : READS) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			String etag = response.headers().firstValue("ETag").orElse(null);
			assertThat(etag).as("ETag of " + path).isNotBlank();
			assertThat(response.headers().firstValue("Cache-Control")).as(path)
				.hasValueSatisfying((c) -> assertThat(c).contains("max-age"));
			HttpResponse<String> again = send(request(path).header("If-None-Match", etag));
			assertThat(again.statusCode()).as("revalidating " + path).isEqualTo(304);
		}
	}

	@Test
	void corsIsOpenForGet() throws Exception {
		HttpResponse<String> response = send(request("/api/v1/centres").header("Origin", "https://elsewhere.example"));
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		HttpResponse<String> preflight = send(
				request("/api/v1/search").method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
					.header("Origin", "https://elsewhere.example")
					.header("Access-Control-Request-Method", "GET"));
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
			.hasValueSatisfying((m) -> assertThat(m).contains("GET"));
	}

}
