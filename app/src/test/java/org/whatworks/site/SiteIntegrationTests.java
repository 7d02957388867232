package org.whatworks.site;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages over real HTTP: status codes, friendly errors, escaping and page weight.
 */
class SiteIntegrationTests extends SiteTestSupport {

	static final String[] PAGES = { "/", "/search?q=mentoring", "/entries/education/feedback", "/centres/education",
			"/centres/crime", "/compare?e=education/feedback&e=crime/cctv", "/gap-map", "/about/standard",
			"/accessibility", "/cookies" };

	String get(String path) throws Exception {
		HttpResponse<String> response = fetch(path);
		assertThat(response.statusCode()).as(path + " " + response.headers().map()).isEqualTo(200);
		return response.body();
	}

	@Test
	void healthListsEverySixCentresAsLoaded() throws Exception {
		String health = HTTP
			.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		for (String centre : new String[] { "health", "education", "crime", "ageing", "early-intervention",
				"local-growth" }) {
			assertThat(health).contains("\"" + centre + "\":{\"details\":{");
		}
		assertThat(health).contains("\"entries\":");
	}

	@Test
	void homePageListsTheCentresWithEntryCounts() throws Exception {
		String home = get("/");
		assertThat(home).contains("Education Endowment Foundation").containsPattern("\\d+ entries");
	}

	@Test
	void everyPageTypeAnswersWithAGovukStyledPage() throws Exception {
		for (String page : PAGES) {
			assertThat(get(page)).as(page)
				.contains("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")
				.contains("govuk-header")
				.doesNotContain("style=\"")
				.as(page + ": no inline script; JSON-LD data blocks are not script")
				.doesNotContainPattern("<script>|<script (?![^>]*application/ld\\+json)[^>]*>[^<]");
		}
	}

	@Test
	void centrePageFiltersByTheCentresOwnTopicsAndKeepsTheBoxTicked() throws Exception {
		String all = get("/centres/crime");
		String vehicle = get("/centres/crime?crime.outcome=vehicle-crime");
		assertThat(all).contains("Filter by the centre's own topics")
			.containsPattern("name=\"crime.outcome\" value=\"vehicle-crime\"(?![^>]*checked)");
		assertThat(vehicle).containsPattern("name=\"crime.outcome\" value=\"vehicle-crime\"[^>]*checked")
			.contains("/entries/crime/cctv")
			.contains("Clear all filters")
			.as("the same search on the search page")
			.contains("href=\"/search?centre=crime&amp;crime.outcome=vehicle-crime\"");
		assertThat(entryCount(vehicle)).isPositive().isLessThan(entryCount(all));
		assertThat(entryCount(get("/search?centre=crime&crime.outcome=vehicle-crime"))).isEqualTo(entryCount(vehicle));
		assertThat(fetch("/centres/crime?centre=education").statusCode()).isEqualTo(400);
	}

	@Test
	void fitAndCriteriaFiltersShowOnSearchAndCentrePagesAndFindWhatTheyCount() throws Exception {
		String allHtml = get("/search");
		org.jsoup.nodes.Document all = org.jsoup.Jsoup.parse(allHtml);
		org.jsoup.nodes.Element school = all.selectFirst(".app-filters input[name=setting][value=SCHOOL]");
		assertThat(school).as("a School box in the Setting filter").isNotNull();
		assertThat(school.closest("fieldset").selectFirst("legend").text()).isEqualTo("Setting");
		assertThat(school.parent().selectFirst("label span").text()).isEqualTo("School");
		assertThat(all.select(".app-filters legend").eachText()).contains("Level of need", "Delivery",
				"Best study design", "Independent replication", "Lasting effect (12 months or more)", "UK evidence");
		int offered = Integer.parseInt(school.parent().selectFirst(".app-count").text().replaceAll("[()]", ""));
		String filtered = get("/search?setting=SCHOOL");
		assertThat(entryCount(filtered)).isEqualTo(offered).isPositive().isLessThan(entryCount(allHtml));
		assertThat(filtered).containsPattern("name=\"setting\" value=\"SCHOOL\"[^>]*checked");
		java.util.Set<String> entries = new java.util.LinkedHashSet<>(
				org.jsoup.Jsoup.parse(filtered).select("#results a[href^=/entries/]").eachAttr("href"));
		entries.removeIf((href) -> !href.matches("/entries/[^/?#]+/[^/?#]+"));
		assertThat(entries).isNotEmpty();
		for (String entry : entries) {
			String api = HTTP
				.send(HttpRequest.newBuilder(URI.create(url("/api/v1" + entry))).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			assertThat(api).as(entry).containsPattern("\"settings\":\\[[^\\]]*\"SCHOOL\"");
		}

		String centre = get("/centres/early-intervention");
		assertThat(centre).contains("Fit, readiness and evidence criteria");
		org.jsoup.nodes.Element targeted = org.jsoup.Jsoup.parse(centre)
			.selectFirst(".app-filters input[name=need][value=TARGETED]");
		assertThat(targeted).as("a Targeted box on the centre page").isNotNull();
		assertThat(targeted.parent().selectFirst("label span").text()).isEqualTo("Targeted (people at risk)");
		int targetedCount = Integer.parseInt(targeted.parent().selectFirst(".app-count").text().replaceAll("[()]", ""));
		String narrowed = get("/centres/early-intervention?need=TARGETED");
		assertThat(narrowed).containsPattern("name=\"need\" value=\"TARGETED\"[^>]*checked");
		assertThat(entryCount(narrowed)).isEqualTo(targetedCount).isPositive();
	}

	private static int entryCount(String html) {
		java.util.regex.Matcher count = java.util.regex.Pattern.compile("role=\"status\">\\s*<strong>(\\d+)</strong>")
			.matcher(html);
		assertThat(count.find()).as("entry count").isTrue();
		return Integer.parseInt(count.group(1));
	}

	@Test
	void pagesLinkTheOpenDataSearchFeedAndDownloads() throws Exception {
		assertThat(get("/")).contains("application/opensearchdescription+xml")
			.contains("application/atom+xml")
			.contains("href=\"/data\"");
		assertThat(get("/search?q=mentoring&centre=education")).contains("Download these results")
			.contains("href=\"/data/search.csv?q=mentoring&amp;centre=education\"")
			.contains("href=\"/data/search.json?q=mentoring&amp;centre=education\"");
		assertThat(get("/entries/education/feedback")).contains("<script type=\"application/ld+json\">")
			.contains("\"@context\"");
	}

	@Test
	void unknownEntriesAndCentresGetTheNotFoundPage() throws Exception {
		for (String path : new String[] { "/entries/education/no-such-strand", "/entries/nowhere/feedback",
				"/centres/nowhere", "/no-such-page" }) {
			HttpResponse<String> response = fetch(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Page not found").contains("govuk-header");
		}
	}

	@Test
	void errorPagesOfferAWayBackToSearchAndHome() throws Exception {
		assertThat(fetch("/no-such-page").body()).contains(">search the evidence</a>")
			.contains("href=\"/search\"")
			.contains(">home page</a>");
		assertThat(fetch("/search?q=x&page=abc").body()).contains(">start a new search</a>").contains(">home page</a>");
	}

	@Test
	void badParametersGetAFriendlyMessageNamingTheParameter() throws Exception {
		HttpResponse<String> page = fetch("/search?q=x&page=abc");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body())
			.contains("Parameter &#39;page&#39; must be a whole number from 1 to 1000; found &#39;abc&#39;")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
		HttpResponse<String> sort = fetch("/search?sort=sideways");
		assertThat(sort.statusCode()).isEqualTo(400);
		assertThat(sort.body()).contains("sort").contains("relevance, confidence, cost, impact, title, reviewed");
		HttpResponse<String> band = fetch("/search?band=EXCELLENT");
		assertThat(band.statusCode()).isEqualTo(400);
		assertThat(band.body()).contains("Parameter &#39;band&#39; has no value &#39;EXCELLENT&#39;")
			.contains("WELL_SUPPORTED");
		HttpResponse<String> compare = fetch("/compare?e=education/nothing-here");
		assertThat(compare.statusCode()).isEqualTo(400);
		assertThat(compare.body()).contains("there is no entry &#39;education/nothing-here&#39;");
		HttpResponse<String> tooMany = fetch(
				"/compare?e=education/feedback&e=crime/cctv&e=education/peer-tutoring&e=education/homework&e=education/mentoring");
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("at most 4");
	}

	@Test
	void whatAUserTypedIsEscaped() throws Exception {
		String page = get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E");
		assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void pagesStayLightAndTheGovukStylesheetIsServedCompressed() throws Exception {
		for (String page : PAGES) {
			assertThat(get(page).getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(page)
				.isLessThan(200 * 1024);
		}
		HttpResponse<byte[]> css = HTTP.send(HttpRequest
			.newBuilder(URI.create(url("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")))
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(css.body().length).isLessThan(40 * 1024);
		HttpResponse<String> font = fetch("/assets/fonts/bold-b542beb274-v2.woff2");
		assertThat(font.statusCode()).isEqualTo(200);
	}

	@Test
	void publicPagesSetNoCookies() throws Exception {
		for (String page : PAGES) {
			assertThat(fetch(page).headers().allValues("Set-Cookie")).as(page).isEmpty();
		}
	}

}
