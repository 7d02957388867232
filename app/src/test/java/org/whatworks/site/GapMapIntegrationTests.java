package org.whatworks.site;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gap map's filters over real HTTP: every value its form offers goes back through the
 * page and narrows the map; the CSV and JSON downloads it links to hold the page's cells;
 * a bad value is named with what is allowed, on the page and in the API.
 */
class GapMapIntegrationTests extends SiteTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	HttpResponse<String> fetch(String path, String accept) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String body(String path) throws Exception {
		HttpResponse<String> response = fetch(path, "*/*");
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return response.body();
	}

	/**
	 * The page's cells: "APPROACH|DOMAIN" to kind and total, from the links' searches.
	 */
	private static Map<String, String> cells(Document page) {
		Map<String, String> cells = new LinkedHashMap<>();
		List<Element> rows = page.select("table.app-gap-map tbody tr");
		for (Element row : rows) {
			String approach = row.selectFirst("th[scope=row]").text();
			List<Element> tds = row.select("td.app-gap-cell");
			for (int i = 0; i < tds.size(); i++) {
				Element td = tds.get(i);
				Element link = td.selectFirst("a");
				String total = (link != null) ? link.selectFirst("span").text() : "0";
				cells.put(approach + "|" + i, td.attr("data-kind") + " " + total);
			}
		}
		assertThat(cells).hasSize(14 * 9);
		return cells;
	}

	private static int entries(Document page) {
		return Integer.parseInt(page.selectFirst(".app-gap-summary span").text().replaceAll("\\D", ""));
	}

	@Test
	void everyFilterValueTheFormOffersGoesBackAndNarrowsTheMap() throws Exception {
		Document all = Jsoup.parse(body("/gap-map"));
		int everything = entries(all);
		Map<String, String> unfiltered = cells(all);
		Element form = all.selectFirst("form.app-gap-filters");
		assertThat(form.attr("method")).isEqualTo("get");
		Map<String, List<String>> offered = new LinkedHashMap<>();
		for (Element box : form.select("input[type=checkbox]")) {
			offered.computeIfAbsent(box.attr("name"), (n) -> new ArrayList<>()).add(box.attr("value"));
		}
		for (Element select : form.select("select")) {
			for (Element option : select.select("option")) {
				if (!option.attr("value").isEmpty()) {
					offered.computeIfAbsent(select.attr("name"), (n) -> new ArrayList<>()).add(option.attr("value"));
				}
			}
		}
		assertThat(offered).containsOnlyKeys("centre", "lifeStage", "band", "minConfidence", "design", "replication",
				"lastingEffect", "ukEvidence");
		assertThat(offered.get("centre")).hasSize(6);
		int tried = 0;
		for (Map.Entry<String, List<String>> filter : offered.entrySet()) {
			int sum = 0;
			for (String value : filter.getValue()) {
				String query = filter.getKey() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
				HttpResponse<String> response = fetch("/gap-map?" + query, "text/html");
				assertThat(response.statusCode()).as(query).isEqualTo(200);
				Document page = Jsoup.parse(response.body());
				assertThat(page.select("input[name=" + filter.getKey() + "][value=" + value + "][checked], select[name="
						+ filter.getKey() + "] option[value=" + value + "][selected]"))
					.as("%s is shown as chosen", query)
					.hasSize(1);
				int matched = entries(page);
				assertThat(matched).as("entries with %s", query).isLessThan(everything);
				Map<String, String> narrowed = cells(page);
				narrowed.forEach((cell, value2) -> assertThat(total(value2)).as("%s with %s", cell, query)
					.isLessThanOrEqualTo(total(unfiltered.get(cell))));
				sum += matched;
				tried++;
			}
			if (List.of("centre", "band", "lifeStage").contains(filter.getKey())) {
				assertThat(sum).as("the values of %s together cover every entry", filter.getKey())
					.isGreaterThanOrEqualTo(everything);
			}
		}
		assertThat(tried).as("centres, life stages, bands, 5 minimums and the criteria")
			.isEqualTo(6 + 8 + 7 + 5 + 3 + 4 + 3 + 3);
	}

	private static int total(String kindAndTotal) {
		return Integer.parseInt(kindAndTotal.substring(kindAndTotal.indexOf(' ') + 1));
	}

	@Test
	void theCsvAndJsonDownloadsTheMapLinksToHoldItsCells() throws Exception {
		for (String query : List.of("", "?centre=early-intervention&centre=crime&minConfidence=2",
				"?band=INSUFFICIENT&band=NOT_RATED", "?lifeStage=OLDER_PEOPLE&ukEvidence=UNKNOWN")) {
			Document page = Jsoup.parse(body("/gap-map" + query));
			Map<String, String> shown = cells(page);
			List<String> approaches = page.select("table.app-gap-map tbody th[scope=row]").eachText();
			List<String> domains = page.select("table.app-gap-map thead th").eachText().subList(1, 10);
			String csvLink = page.select("a.app-gap-download").get(0).attr("href");
			String jsonLink = page.select("a.app-gap-download").get(1).attr("href");
			assertThat(csvLink).startsWith("/data/gap-map.csv");
			assertThat(jsonLink).startsWith("/data/gap-map.json");
			Map<String, String> csv = new LinkedHashMap<>();
			HttpResponse<String> download = fetch(csvLink, "*/*");
			assertThat(download.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
			try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
				.with(CsvSchema.emptySchema().withHeader())
				.readValues(download.body())) {
				for (Map<String, String> row : rows.readAll()) {
					csv.put(row.get("approach_label") + "|" + domains.indexOf(row.get("domain_label")),
							row.get("kind") + " " + row.get("total"));
				}
			}
			assertThat(csv).as("CSV of %s", query).isEqualTo(shown);
			Map<String, String> json = new LinkedHashMap<>();
			JsonNode matrix = JSON.readTree(body(jsonLink));
			for (JsonNode cell : matrix.path("cells")) {
				String approach = label(matrix.path("approaches"), cell.path("approach").asString());
				String domain = label(matrix.path("domains"), cell.path("domain").asString());
				json.put(approach + "|" + domains.indexOf(domain),
						cell.path("kind").asString() + " " + cell.path("total").asInt());
			}
			assertThat(json).as("JSON of %s", query).isEqualTo(shown);
			assertThat(JSON.readTree(body("/api/v1/gap-map" + query))).as("API of %s", query).isEqualTo(matrix);
			assertThat(matrix.path("entries").asInt()).isEqualTo(entries(page));
			assertThat(approaches).hasSize(14);
			if (query.isEmpty()) {
				assertThat(shown.values()).as("every kind of cell")
					.anyMatch((v) -> v.equals("NO_ENTRIES 0"))
					.anyMatch((v) -> v.startsWith("INSUFFICIENT_EVIDENCE "))
					.anyMatch((v) -> v.startsWith("RATED "));
			}
		}
	}

	private static String label(JsonNode codes, String code) {
		for (JsonNode c : codes) {
			if (c.path("code").asString().equals(code)) {
				return c.path("label").asString();
			}
		}
		throw new AssertionError("no label for " + code);
	}

	@Test
	void aFilteredCellLeadsToTheSearchThatFindsItsEntries() throws Exception {
		String query = "?centre=early-intervention&centre=education&minConfidence=2&lifeStage=EARLY_YEARS"
				+ "&lifeStage=PRIMARY_AGE";
		Document page = Jsoup.parse(body("/gap-map" + query));
		List<Element> links = page.select(".app-gap-cell a[href^=/search]");
		assertThat(links).isNotEmpty();
		for (Element link : links) {
			String href = link.attr("href");
			assertThat(href).contains("centre=early-intervention").contains("confidence=2").contains("lifeStage=");
			JsonNode results = JSON.readTree(body("/api/v1" + href));
			assertThat(results.path("total").asInt()).as(href)
				.isEqualTo(Integer.parseInt(link.selectFirst("span").text()));
		}
	}

	@Test
	void aBadFilterIsNamedWithWhatItAllowsOnThePageAndInTheApi() throws Exception {
		HttpResponse<String> page = fetch("/gap-map?minConfidence=9&design=RCT", "text/html");
		assertThat(page.statusCode()).isEqualTo(400);
		Element summary = Jsoup.parse(page.body()).selectFirst(".govuk-error-summary");
		assertThat(summary.select("li").eachText()).containsExactly(
				"Parameter 'minConfidence' has no value '9'. Allowed values: 1, 2, 3, 4, 5.",
				"Parameter 'design' has no value 'RCT'. Allowed values: RANDOMISED, QUASI_EXPERIMENTAL, OTHER.");
		HttpResponse<String> api = fetch("/api/v1/gap-map?ukEvidence=PERHAPS", "application/json");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(api.body());
		assertThat(problem.path("parameter").asString()).isEqualTo("ukEvidence");
		assertThat(problem.path("allowed").toString()).isEqualTo("[\"YES\",\"NO\",\"UNKNOWN\"]");
		HttpResponse<String> unknown = fetch("/gap-map?sort=title", "text/html");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(unknown.body()).selectFirst(".govuk-error-summary").text())
			.contains("Unknown parameter 'sort'. Allowed parameters: centre, lifeStage, band, minConfidence");
	}

}
