package org.whatworks.site;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site, the API, the CSV download and the Atom feed render one read model: on the
 * real content they give every entry the same headline ratings, list the same recently
 * reviewed entries, and draw the same gap map, whose cells count what search finds.
 */
class ChannelsAgreeTests extends SiteTestSupport {

	/** What a browser asks for, so that a link to a feed or a download gets it. */
	static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	HttpResponse<String> fetch(String path, String accept) throws Exception {
		return HTTP.send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path))).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	String body(String path) throws Exception {
		HttpResponse<String> response = fetch(path, "*/*");
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return response.body();
	}

	@Test
	void everyEntryHasTheSameHeadlineRatingsOnThePageInTheApiAndInTheCsv() throws Exception {
		Map<String, String> csv = new LinkedHashMap<>();
		Map<String, String> approaches = new LinkedHashMap<>();
		try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(body("/data/whatworks.csv"))) {
			rows.readAll().forEach((row) -> {
				csv.put(row.get("centre") + "/" + row.get("id"), row.get("native_headline"));
				approaches.put(row.get("centre") + "/" + row.get("id"),
						row.get("approach") + " " + row.get("agreement"));
			});
		}
		int inApproaches = 0;
		assertThat(csv).hasSizeGreaterThan(150);
		int withVotes = 0;
		for (Map.Entry<String, String> row : csv.entrySet()) {
			JsonNode entry = JSON.readTree(body("/api/v1/entries/" + row.getKey()));
			List<String> api = new ArrayList<>();
			entry.path("headline")
				.forEach((r) -> api.add(r.path("scaleName").asString() + ": " + r.path("label").asString()));
			assertThat(row.getValue()).as("CSV headline of %s", row.getKey()).isEqualTo(String.join("; ", api));
			Document page = Jsoup.parse(body("/entries/" + row.getKey()));
			List<String> shown = new ArrayList<>();
			for (Element glance : page.select(".app-glance .govuk-summary-list__row")) {
				Element label = glance.selectFirst(".app-rating__label");
				if (label != null) {
					shown.add(glance.selectFirst("dt").text() + ": " + label.text());
				}
			}
			assertThat(shown).as("page headline of %s", row.getKey()).isEqualTo(api);
			// the approach and its centres' agreement: the same in the CSV, the API and
			// on the
			// page's "Other centres on this approach"
			Element approach = page.selectFirst(".app-other-centres a[href^=/approaches/]");
			if (entry.path("approach").isNull()) {
				assertThat(approaches.get(row.getKey())).as("CSV approach of %s", row.getKey()).isEqualTo(" ");
				assertThat(approach).as("approach link on %s", row.getKey()).isNull();
			}
			else {
				String id = entry.path("approach").path("id").asString();
				assertThat(approaches.get(row.getKey())).as("CSV approach of %s", row.getKey())
					.isEqualTo(id + " " + entry.path("approach").path("agreement").asString());
				assertThat(approach).as("approach link on %s", row.getKey()).isNotNull();
				assertThat(approach.attr("href")).isEqualTo("/approaches/" + id);
				assertThat(page.selectFirst(".app-other-centres p .govuk-tag").text())
					.isEqualTo(entry.path("approach").path("agreementLabel").asString());
				inApproaches++;
			}
			if (api.stream().anyMatch((r) -> r.matches(".*: \\d+/\\d+ .*"))) {
				withVotes++;
			}
		}
		assertThat(withVotes).as("entries whose headline is a vote count, such as 6/11").isPositive();
		assertThat(inApproaches).as("entries in a cross-centre approach").isGreaterThan(10);
	}

	@Test
	void theHomePageAndTheFeedListTheSameRecentlyReviewedEntries() throws Exception {
		List<String> home = Jsoup.parse(body("/")).select("h2:containsOwn(Recently reviewed) + ul a").eachAttr("href");
		assertThat(home).hasSize(6);
		var xml = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(body("/feed.atom"))));
		NodeList entries = xml.getElementsByTagName("entry");
		List<String> feed = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			NodeList links = ((org.w3c.dom.Element) entries.item(i)).getElementsByTagName("link");
			String href = ((org.w3c.dom.Element) links.item(0)).getAttribute("href");
			feed.add(java.net.URI.create(href).getPath());
		}
		assertThat(feed).hasSizeGreaterThan(6).startsWith(home.toArray(String[]::new));
		for (String path : feed) {
			assertThat(JSON.readTree(body("/api/v1" + path)).path("provenance").path("status").asString())
				.as("%s in the feed is current", path)
				.isEqualTo("CURRENT");
		}
	}

	@Test
	void theGapMapIsTheSameOnThePageAndInTheApiAndCountsWhatSearchFinds() throws Exception {
		Map<String, Integer> api = new LinkedHashMap<>();
		for (JsonNode cell : JSON.readTree(body("/api/v1/gap-map")).path("cells")) {
			if (cell.path("total").asInt() > 0) {
				api.put(cell.path("approach").asString() + "|" + cell.path("domain").asString(),
						cell.path("total").asInt());
			}
		}
		Map<String, Integer> site = new LinkedHashMap<>();
		for (Element link : Jsoup.parse(body("/gap-map")).select(".app-gap-cell a[href^=/search]")) {
			String href = link.attr("href");
			String approach = href.replaceAll(".*approach=([A-Z_]+).*", "$1");
			String domain = href.replaceAll(".*domain=([A-Z_]+).*", "$1");
			site.put(approach + "|" + domain, Integer.parseInt(link.selectFirst("span").text()));
		}
		assertThat(site).hasSizeGreaterThan(10).isEqualTo(api);
		for (Map.Entry<String, Integer> cell : api.entrySet()) {
			String[] key = cell.getKey().split("\\|");
			long found = JSON.readTree(body("/api/v1/search?approach=" + key[0] + "&domain=" + key[1]))
				.path("total")
				.asLong();
			assertThat(found).as("search for the cell %s", cell.getKey()).isEqualTo(cell.getValue().longValue());
		}
	}

}
