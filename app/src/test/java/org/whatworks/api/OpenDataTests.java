package org.whatworks.api;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.network.NetworkContent;
import org.whatworks.site.EntryJsonLd;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open data: downloads per centre, for the network and for any search; the data
 * dictionary; sitemap, robots.txt, OpenSearch, the Atom feed and JSON-LD.
 */
class OpenDataTests extends ApiIntegrationTest {

	@Autowired
	NetworkContent content;

	@Autowired
	EntryJsonLd jsonLd;

	private List<Map<String, String>> csv(String path, String filename) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((d) -> assertThat(d).contains("attachment").contains(filename));
		String header = response.body().lines().findFirst().orElseThrow();
		assertThat(List.of(header.split(","))).containsExactlyElementsOf(DataDictionary.names());
		try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(response.body())) {
			return rows.readAll();
		}
	}

	@Test
	void networkCsvHasOneRowPerEntryWithTheDictionarysColumns() throws Exception {
		List<Map<String, String>> rows = csv("/data/whatworks.csv", "whatworks.csv");
		assertThat(rows).hasSize(this.content.catalogue().entries().size());
		Map<String, String> feedback = rows.stream()
			.filter((r) -> r.get("ref").equals("education/feedback"))
			.findFirst()
			.orElseThrow();
		assertThat(feedback.get("title")).isEqualTo("Feedback");
		assertThat(feedback.get("native_headline")).contains("months");
		assertThat(feedback.get("band")).isNotBlank();
		assertThat(feedback.get("url")).isEqualTo(HttpSurfaceTests.SITE + "/entries/education/feedback");
	}

	@Test
	void csvHasTheApproachCriteriaFitReadinessAndCostColumnsOfAKnownEntry() throws Exception {
		List<Map<String, String>> rows = csv("/data/whatworks.csv", "whatworks.csv");
		Map<String, String> mst = rows.stream()
			.filter((r) -> r.get("ref").equals("early-intervention/multisystemic-therapy"))
			.findFirst()
			.orElseThrow();
		assertThat(mst.get("approach")).isEqualTo("multisystemic-therapy");
		assertThat(mst.get("agreement")).isIn("AGREE", "DIFFER", "NOT_COMPARABLE")
			.isEqualTo(json("/api/v1/approaches/multisystemic-therapy").path("agreement").asString());
		assertThat(mst.get("best_design")).isEqualTo("QUASI_EXPERIMENTAL");
		assertThat(mst.get("design_is_minimum")).isEqualTo("true");
		assertThat(mst.get("independent_replication")).isEqualTo("YES");
		assertThat(mst.get("lasting_effect")).isEqualTo("YES");
		assertThat(mst.get("setting")).isEqualTo("HOME");
		assertThat(mst.get("level_of_need")).isEqualTo("TARGETED");
		assertThat(mst.get("delivery")).isEqualTo("INDIVIDUAL");
		assertThat(mst.get("ready_to_implement")).isEqualTo("false");
		assertThat(mst.get("cost_pounds")).isEmpty();
		Map<String, String> feedback = rows.stream()
			.filter((r) -> r.get("ref").equals("education/feedback"))
			.findFirst()
			.orElseThrow();
		assertThat(feedback.get("approach")).isEmpty();
		assertThat(feedback.get("agreement")).isEmpty();
		assertThat(feedback.get("setting")).contains("SCHOOL");
		// the CSV rows in a setting are exactly what the setting filter finds
		long inSchools = rows.stream().filter((r) -> List.of(r.get("setting").split("; ")).contains("SCHOOL")).count();
		List<Map<String, String>> school = csv("/data/search.csv?setting=SCHOOL", "search-results.csv");
		assertThat(school).hasSize((int) inSchools)
			.allSatisfy((r) -> assertThat(r.get("setting").split("; ")).contains("SCHOOL"));
		assertThat(json("/api/v1/search?setting=SCHOOL").path("total").asLong()).isEqualTo(inSchools);
		long replicated = rows.stream().filter((r) -> r.get("independent_replication").equals("YES")).count();
		assertThat(json("/api/v1/search?replication=YES").path("total").asLong()).isEqualTo(replicated).isPositive();
	}

	@Test
	void centreCsvAndJsonHoldOnlyThatCentre() throws Exception {
		int entries = this.content.catalogue().centre("crime").orElseThrow().entries().size();
		List<Map<String, String>> rows = csv("/data/centres/crime.csv", "crime.csv");
		assertThat(rows).hasSize(entries).allSatisfy((row) -> assertThat(row.get("centre")).isEqualTo("crime"));
		JsonNode json = json("/data/centres/crime.json");
		assertThat(json.path("count").asInt()).isEqualTo(entries);
		assertThat(json.path("entries").size()).isEqualTo(entries);
		assertThat(json.path("entries").get(0).path("findings").size()).isPositive();
		assertThat(json.path("licence").asString()).contains("Open Government Licence");
	}

	@Test
	void networkJsonHoldsEveryEntryInFull() throws Exception {
		JsonNode json = json("/data/whatworks.json");
		assertThat(json.path("entries").size()).isEqualTo(this.content.catalogue().entries().size());
		assertThat(json.path("centres").size()).isEqualTo(this.content.catalogue().centres().size());
	}

	@Test
	void searchResultsDownloadAsCsvAndJsonWithEveryPage() throws Exception {
		JsonNode search = json("/api/v1/search?q=mentoring&size=5");
		long total = search.path("total").asLong();
		assertThat(total).isGreaterThan(5);
		String csvLink = search.path("downloads").path("csv").asString().substring(HttpSurfaceTests.SITE.length());
		List<Map<String, String>> rows = csv(csvLink, "search-results.csv");
		assertThat(rows).hasSize((int) total);
		assertThat(rows.get(0).get("ref")).isEqualTo(search.path("results").get(0).path("centre").asString() + "/"
				+ search.path("results").get(0).path("id").asString());
		JsonNode json = json(
				search.path("downloads").path("json").asString().substring(HttpSurfaceTests.SITE.length()));
		assertThat(json.path("count").asLong()).isEqualTo(total);
		List<Map<String, String>> promising = csv("/data/search.csv?band=PROMISING", "search-results.csv");
		assertThat(promising).isNotEmpty().allSatisfy((row) -> assertThat(row.get("band")).isEqualTo("PROMISING"));
	}

	@Test
	void dataPageDescribesEveryColumnAndLinksEveryDownload() throws Exception {
		HttpResponse<String> page = get("/data");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		for (DataDictionary.Column column : DataDictionary.COLUMNS) {
			assertThat(page.body()).contains("id=\"column-" + column.name() + "\"");
			assertThat(page.body()).contains(column.description().replace("\"", "&quot;").replace("'", "&#39;"));
		}
		JsonNode dictionary = json("/data/dictionary.json").path("columns");
		List<String> names = new ArrayList<>();
		dictionary.forEach((column) -> names.add(column.path("name").asString()));
		assertThat(names).isEqualTo(DataDictionary.names())
			.contains("approach", "agreement", "best_design", "setting", "ready_to_implement", "cost_pounds");
		assertThat(dictionary.get(names.indexOf("lasting_effect")).path("description").asString())
			.contains("12 months or more");
		assertThat(page.body()).contains("href=\"/data/dictionary.json\"");
		assertThat(page.body()).contains("href=\"/data/whatworks.csv\"", "href=\"/data/whatworks.json\"",
				"href=\"/data/centres/education.csv\"", "href=\"/feed.atom\"", "href=\"/v3/api-docs\"");
	}

	@Test
	void sitemapListsEveryEntryPageWithItsReviewDate() throws Exception {
		Document sitemap = xml("/sitemap.xml");
		NodeList urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
		assertThat(urls.getLength()).isGreaterThan(this.content.catalogue().entries().size());
		assertThat(get("/sitemap.xml").body())
			.contains("<loc>" + HttpSurfaceTests.SITE + "/entries/education/feedback</loc><lastmod>");
		assertThat(get(new java.net.URI(text(sitemap, "loc", 0)).getPath()).statusCode()).isEqualTo(200);
	}

	@Test
	void robotsPointsToTheSitemapAndKeepsCrawlersOutOfAdmin() throws Exception {
		String robots = get("/robots.txt").body();
		assertThat(robots).contains("User-agent: *", "Disallow: /admin",
				"Sitemap: " + HttpSurfaceTests.SITE + "/sitemap.xml");
	}

	@Test
	void openSearchDescriptionLetsABrowserAddTheSearch() throws Exception {
		HttpResponse<String> response = get("/opensearch.xml");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/opensearchdescription+xml"));
		Document description = xml("/opensearch.xml");
		List<String> templates = new ArrayList<>();
		NodeList urls = description.getElementsByTagName("Url");
		for (int i = 0; i < urls.getLength(); i++) {
			templates.add(((Element) urls.item(i)).getAttribute("template"));
		}
		assertThat(templates).contains(HttpSurfaceTests.SITE + "/search?q={searchTerms}",
				HttpSurfaceTests.SITE + "/opensearch/suggestions?q={searchTerms}");
		String suggestions = get("/opensearch/suggestions?q=ment").body();
		JsonNode parsed = JSON.readTree(suggestions);
		assertThat(parsed.get(0).asString()).isEqualTo("ment");
		assertThat(parsed.get(1).size()).isPositive();
	}

	@Test
	void atomFeedListsRecentlyReviewedEntriesNewestFirst() throws Exception {
		Document feed = xml("/feed.atom");
		NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		assertThat(entries.getLength())
			.isEqualTo(Math.min(DiscoveryController.FEED_SIZE, this.content.catalogue().entries().size()));
		List<String> updated = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			updated
				.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent());
		}
		assertThat(updated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		String newest = this.content.catalogue()
			.entries()
			.stream()
			.map((e) -> e.provenance().lastReviewed())
			.max(java.util.Comparator.naturalOrder())
			.orElseThrow()
			.toString();
		assertThat(updated.get(0)).startsWith(newest);
	}

	@Test
	void jsonLdDescribesAnEntryAndCannotBreakOutOfItsScript() throws Exception {
		EvidenceEntry feedback = this.content.catalogue().entry(new EntryRef("education", "feedback")).orElseThrow();
		String rendered = this.jsonLd.render(feedback);
		JsonNode json = JSON.readTree(rendered);
		assertThat(json.path("@context").asString()).isEqualTo("https://schema.org");
		assertThat(json.path("@type").asString()).isEqualTo("Article");
		assertThat(json.path("headline").asString()).isEqualTo("Feedback");
		assertThat(json.path("publisher").path("name").asString()).isEqualTo("Education Endowment Foundation");
		assertThat(json.path("dateModified").asString()).isEqualTo(feedback.provenance().lastReviewed().toString());
		assertThat(json.path("isBasedOn").size()).isPositive();
		EvidenceEntry hostile = new EvidenceEntry(feedback.centreId(), feedback.id(), feedback.kind(),
				"</script><script>alert(1)</script>", "a & b", feedback.ratings(), feedback.terms(),
				feedback.findings(), feedback.sections(), feedback.sources(), feedback.related(), feedback.provenance(),
				feedback.network(), feedback.file());
		String escaped = EntryJsonLd.render(hostile, null, "https://example.org");
		assertThat(escaped).doesNotContain("<").doesNotContain(">").doesNotContain("&");
		assertThat(JSON.readTree(escaped).path("headline").asString()).isEqualTo("</script><script>alert(1)</script>");
	}

	private Document xml(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
	}

	private static String text(Document document, String tag, int index) {
		return document.getElementsByTagNameNS("*", tag).item(index).getTextContent();
	}

}
