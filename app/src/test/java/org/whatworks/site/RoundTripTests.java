package org.whatworks.site;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page or an answer offers, submitted back, works: on the real content, every
 * facet value any search offers (site and API, network facets and every
 * {@code <centre>.<taxonomy>} facet of a search narrowed to one centre) is sent back
 * through both channels and answers 200 with exactly the offered count and the filter
 * shown as applied; so does every sort order either channel offers; and every internal
 * link of the site, crawled from the home page, answers without a 4xx or 5xx.
 */
class RoundTripTests extends SiteTestSupport {

	/** What a browser asks for, so that a link to a feed or a download gets it. */
	static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	/**
	 * Plain HTTP/1.1 with a time limit: a page that never answers fails the crawl with
	 * its address instead of stopping the build.
	 */
	private static final java.net.http.HttpClient CRAWLER = java.net.http.HttpClient.newBuilder()
		.version(java.net.http.HttpClient.Version.HTTP_1_1)
		.followRedirects(java.net.http.HttpClient.Redirect.NEVER)
		.connectTimeout(java.time.Duration.ofSeconds(10))
		.build();

	HttpResponse<String> fetch(String path, String accept) throws Exception {
		java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
			.header("Accept", accept)
			.timeout(java.time.Duration.ofSeconds(30))
			.build();
		try {
			return CRAWLER.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.net.http.HttpTimeoutException ex) {
			throw new AssertionError(path + " gave no answer within 30 s", ex);
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Searches whose facets are submitted back; the centre ones are added per centre. */
	private static final List<String> SEEDS = List.of("", "q=loneliness");

	/**
	 * The most pages the crawl fetches, breadth first, comparisons last: every other page
	 * is fetched (about 560 today), then the first of the comparisons of related entries
	 * the entry pages link to (about 1,900).
	 */
	private static final int MAX_PAGES = 3000;

	JsonNode json(String path) throws Exception {
		HttpResponse<String> response = fetch(path, "*/*");
		assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	Document page(String path) throws Exception {
		HttpResponse<String> response = fetch(path);
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return Jsoup.parse(response.body(), url(path));
	}

	private List<String> seeds() throws Exception {
		List<String> seeds = new ArrayList<>(SEEDS);
		for (JsonNode centre : json("/api/v1/centres").path("centres")) {
			seeds.add("centre=" + centre.path("id").asString());
		}
		return seeds;
	}

	@Test
	void everyOfferedFacetValueWorksThroughBothChannels() throws Exception {
		int submitted = 0;
		Set<String> facetsSeen = new LinkedHashSet<>();
		Set<String> pairs = new java.util.HashSet<>();
		for (String seed : seeds()) {
			Map<String, Map<String, Long>> offered = apiFacets(seed);
			assertThat(siteFacets(seed)).as("the site offers what the API offers for '%s'", seed).isEqualTo(offered);
			for (Map.Entry<String, Map<String, Long>> facet : offered.entrySet()) {
				boolean alreadyFiltered = seed.startsWith(facet.getKey() + "=");
				for (Map.Entry<String, Long> value : facet.getValue().entrySet()) {
					if (!pairs.add(facet.getKey() + "=" + value.getKey())) {
						continue; // each value once, from the first search that offers it
					}
					String query = (seed.isEmpty() ? "" : seed + "&") + encode(facet.getKey()) + "="
							+ encode(value.getKey());
					JsonNode answer = json("/api/v1/search?" + query);
					assertThat(answer.path("filters").path(facet.getKey()).toString()).as(query)
						.contains("\"" + value.getKey() + "\"");
					Document page = page("/search?" + query);
					Element box = checkbox(page, facet.getKey(), value.getKey());
					assertThat(box).as("/search?%s shows the box", query).isNotNull();
					assertThat(box.hasAttr("checked")).as("/search?%s ticks the box", query).isTrue();
					if (!alreadyFiltered) {
						assertThat(answer.path("total").asLong()).as("API total of %s", query)
							.isEqualTo(value.getValue());
						assertThat(total(page)).as("page total of %s", query).isEqualTo(value.getValue());
					}
					facetsSeen.add(facet.getKey());
					submitted++;
				}
			}
		}
		assertThat(facetsSeen).as("facets exercised")
			.contains("centre", "domain", "lifeStage", "approach", "band", "confidence", "cost", "education.phase",
					"local-growth.outcome", "setting", "need", "delivery", "design", "replication", "lastingEffect",
					"ukEvidence");
		assertThat(submitted).isGreaterThan(200);
	}

	@Test
	void notRatedIsOfferedAndWorks() throws Exception {
		Map<String, Long> confidence = apiFacets("q=loneliness").get("confidence");
		assertThat(confidence).containsKey("none");
		JsonNode answer = json("/api/v1/search?q=loneliness&confidence=none");
		assertThat(answer.path("total").asLong()).isEqualTo(confidence.get("none")).isPositive();
		assertThat(total(page("/search?q=loneliness&confidence=none"))).isEqualTo(confidence.get("none"));
	}

	@Test
	void everyOfferedSortOrderWorksThroughBothChannels() throws Exception {
		Document search = page("/search?q=school");
		List<String> siteSorts = search.select("select[name=sort] option").eachAttr("value");
		JsonNode document = json("/v3/api-docs");
		List<String> apiSorts = new ArrayList<>();
		for (JsonNode parameter : document.path("paths").path("/api/v1/search").path("get").path("parameters")) {
			if (parameter.path("name").asString().equals("sort")) {
				parameter.path("schema").path("enum").forEach((code) -> apiSorts.add(code.asString()));
			}
		}
		assertThat(siteSorts).isEqualTo(apiSorts).hasSize(6);
		for (String sort : siteSorts) {
			for (String seed : List.of("q=school", "centre=education")) {
				assertThat(json("/api/v1/search?" + seed + "&sort=" + sort).path("sort").asString()).isEqualTo(sort);
				Document page = page("/search?" + seed + "&sort=" + sort);
				assertThat(page.select("select[name=sort] option[selected]").attr("value")).isEqualTo(sort);
				assertThat(page("/centres/education?sort=" + sort).select(".app-results").isEmpty()).isFalse();
			}
		}
	}

	@Test
	void everyTypeAheadSuggestionLeadsToAPageOnBothChannels() throws Exception {
		int checked = 0;
		for (String typed : List.of("ment", "schoo", "tutor", "crime", "early")) {
			List<String> site = new ArrayList<>();
			json("/search/suggest?q=" + typed).forEach((s) -> site.add(s.path("url").asString()));
			List<String> api = new ArrayList<>();
			json("/api/v1/suggest?q=" + typed).path("suggestions")
				.forEach((s) -> api.add(URI.create(s.path("url").asString()).getRawPath()
						+ ((URI.create(s.path("url").asString()).getRawQuery() != null)
								? "?" + URI.create(s.path("url").asString()).getRawQuery() : "")));
			assertThat(site).as("suggestions for '%s'", typed).isNotEmpty().isEqualTo(api);
			for (String path : site) {
				assertThat(fetch(path).statusCode()).as(path).isEqualTo(200);
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(10);
	}

	@Test
	void crawlingTheSiteFromHomeFindsNoBrokenLink() throws Exception {
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Map<String, String> seen = new LinkedHashMap<>();
		seen.put("/", "start");
		List<String> broken = new ArrayList<>();
		int fetched = 0;
		Deque<String> comparisons = new ArrayDeque<>();
		while ((!queue.isEmpty() || !comparisons.isEmpty()) && fetched < MAX_PAGES) {
			String path = !queue.isEmpty() ? queue.poll() : comparisons.poll();
			fetched++;
			HttpResponse<String> response = fetch(path, BROWSER);
			if (response.statusCode() >= 400) {
				broken.add(response.statusCode() + " " + path + " (linked from " + seen.get(path) + ")");
				continue;
			}
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("text/html")) {
				continue;
			}
			for (Element link : Jsoup.parse(response.body(), url(path)).select("a[href], link[href]")) {
				String href = internal(link.attr("href"));
				if (href != null && !seen.containsKey(href)) {
					seen.put(href, path);
					(href.startsWith("/compare?") ? comparisons : queue).add(href);
				}
			}
		}
		Map<String, Integer> kinds = new java.util.TreeMap<>();
		seen.keySet()
			.forEach((p) -> kinds.merge(p.replaceAll("^(/[^/?]*).*", "$1") + (p.contains("?") ? "?" : ""), 1,
					Integer::sum));
		System.out.println("Crawled " + fetched + " of " + seen.size() + " pages linked: " + kinds);
		assertThat(broken).isEmpty();
		assertThat(queue).as("every page but comparisons was fetched").isEmpty();
		assertThat(seen.keySet()).as("the crawl reached every kind of page")
			.anyMatch((p) -> p.startsWith("/entries/"))
			.anyMatch((p) -> p.startsWith("/centres/"))
			.anyMatch((p) -> p.startsWith("/search?"))
			.anyMatch((p) -> p.startsWith("/gap-map"))
			.anyMatch((p) -> p.startsWith("/data"));
	}

	/** A site path and query of a link, or null if it leaves the site. */
	private static String internal(String href) {
		if (href.isEmpty() || href.startsWith("#") || href.startsWith("//")
				|| href.contains(":") && !href.startsWith("/")) {
			return null;
		}
		if (!href.startsWith("/")) {
			return null;
		}
		int hash = href.indexOf('#');
		return (hash >= 0) ? href.substring(0, hash) : href;
	}

	private Map<String, Map<String, Long>> apiFacets(String seed) throws Exception {
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		json("/api/v1/search?" + seed).path("facets").properties().forEach((facet) -> {
			Map<String, Long> values = new LinkedHashMap<>();
			facet.getValue()
				.forEach((value) -> values.put(value.path("value").asString(), value.path("count").asLong()));
			if (!values.isEmpty()) {
				facets.put(facet.getKey(), values);
			}
		});
		return facets;
	}

	private Map<String, Map<String, Long>> siteFacets(String seed) throws Exception {
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		for (Element box : page("/search?" + seed).select(".app-filters input[type=checkbox]")) {
			String count = box.parent().selectFirst(".app-count").text().replaceAll("[()]", "");
			facets.computeIfAbsent(box.attr("name"), (n) -> new LinkedHashMap<>())
				.put(box.attr("value"), Long.parseLong(count));
		}
		return facets;
	}

	private static Element checkbox(Document page, String facet, String value) {
		return page.select(".app-filters input[type=checkbox]")
			.stream()
			.filter((box) -> box.attr("name").equals(facet) && box.attr("value").equals(value))
			.findFirst()
			.orElse(null);
	}

	private static long total(Document page) {
		return Long.parseLong(page.selectFirst(".app-result-count strong").text());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
