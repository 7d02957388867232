package org.whatworks.operations;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.whatworks.security.OperationsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zero-result and poor-result searches as work, over real HTTP against the real
 * PostgreSQL: a search whose words find nothing is listed for staff with what the site
 * offered instead and whether a link of its results page was followed; a search that
 * found entries is listed until a browser reports that one of its results was followed;
 * staff following the listed query are not counted; the public pages stay cookie-free.
 */
class KeptSearchesIntegrationTests extends OperationsIntegrationTest {

	static final Pattern DID_YOU_MEAN = Pattern.compile(
			"Did you mean <a class=\"govuk-link\" href=\"(/search/followed/[0-9a-f-]{36}/search\\?[^\"]+)\">phonics</a>");

	static final Pattern PING = Pattern
		.compile("href=\"/entries/education/phonics\" ping=\"(/search/followed/[0-9a-f-]{36})\"");

	@Autowired
	SearchHistory history;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTypoThatFindsNothingIsListedWithTheSuggestionAndWhetherItWasClicked() throws Exception {
		this.jdbc.sql("DELETE FROM search_page WHERE query = 'phonicss'").update();
		Browser reader = browser();
		// phonics is an education entry: filtered to crime, the typo and its correction
		// both find nothing, so the page offers "did you mean"
		HttpResponse<String> search = reader.get("/search?q=Phonicss&centre=crime");
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.body()).contains("No entries match");
		assertThat(search.headers().allValues("Set-Cookie")).as("a search sets no cookie").isEmpty();
		Matcher offer = DID_YOU_MEAN.matcher(search.body());
		assertThat(offer.find()).as("did you mean, through a followed link").isTrue();
		this.history.flush();

		Browser admin = signedIn(ADMIN, ADMIN_PASSWORD);
		assertThat(row(admin, "unanswered-queries", ">phonicss</td>")).contains(">phonicss</td>")
			.contains(">1</td>")
			.contains(">phonics</td>")
			.contains(">no</td>");

		HttpResponse<String> followed = reader.get(offer.group(1).replace("&amp;", "&"));
		assertThat(followed.statusCode()).isEqualTo(303);
		assertThat(followed.headers().firstValue("Location").orElseThrow()).isEqualTo("/search?q=phonics&centre=crime");
		assertThat(followed.headers().allValues("Set-Cookie")).isEmpty();
		this.history.flush();
		assertThat(row(admin, "unanswered-queries", ">phonicss</td>")).contains(">phonicss</td>")
			.contains(">yes (1 of 1)</td>");
	}

	@Test
	void aSearchThatFoundEntriesIsListedAsAPoorResultUntilTheBrowserReportsAResultFollowed() throws Exception {
		this.jdbc.sql("DELETE FROM search_page WHERE query = 'synthetic phonics'").update();
		Browser reader = browser();
		HttpResponse<String> search = reader.get("/search?q=Synthetic+phonics");
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.headers().allValues("Set-Cookie")).as("a search sets no cookie").isEmpty();
		Matcher ping = PING.matcher(search.body());
		assertThat(ping.find()).as("the result links straight to the entry and pings when followed").isTrue();
		assertThat(search.body()).doesNotContain("href=\"/search/followed/");
		this.history.flush();

		Browser admin = signedIn(ADMIN, ADMIN_PASSWORD);
		String listed = row(admin, "unfollowed-queries", ">synthetic phonics</a>").replaceAll("\\s+", " ");
		assertThat(listed).contains("href=\"/search?q=synthetic%20phonics\"")
			.as("entries found, 1 search, 1 with no result followed")
			.containsPattern(">[1-9][0-9]*</td> <td[^>]*>1</td> <td[^>]*>1</td>");
		Matcher link = Pattern.compile("href=\"(/search\\?[^\"]+)\"").matcher(listed);
		assertThat(link.find()).isTrue();
		HttpResponse<String> reviewed = admin.get(link.group(1).replace("&amp;", "&"));
		assertThat(reviewed.statusCode()).as("the query's link shows what it finds").isEqualTo(200);
		assertThat(reviewed.body()).contains("href=\"/entries/education/phonics\"");
		this.history.flush();
		assertThat(row(admin, "unfollowed-queries", ">synthetic phonics</a>").replaceAll("\\s+", " "))
			.as("staff reviewing the query do not count as another search")
			.containsPattern(">[1-9][0-9]*</td> <td[^>]*>1</td> <td[^>]*>1</td>");
		assertThat(table(admin, "unanswered-queries"))
			.as("it found entries, so it is not among those that found nothing")
			.doesNotContain("synthetic phonics");

		// what Chrome sends for <a ping>: a POST with no token and no cookie
		HttpResponse<String> reported = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri(ping.group(1)))
				.header("Content-Type", "text/ping")
				.header("Ping-From", uri("/search?q=Synthetic+phonics").toString())
				.header("Ping-To", uri("/entries/education/phonics").toString())
				.POST(HttpRequest.BodyPublishers.ofString("PING"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(reported.statusCode()).isEqualTo(204);
		assertThat(reported.headers().allValues("Set-Cookie")).isEmpty();
		this.history.flush();
		assertThat(table(admin, "unfollowed-queries")).as("a result was followed, so no longer listed")
			.doesNotContain("synthetic phonics");
	}

	@Test
	void aFollowedLinkLeadsOnlyToThisSitesEntriesAndSearches() throws Exception {
		Browser reader = browser();
		HttpResponse<String> entry = reader.get("/search/followed/not-an-id/entries/education/phonics");
		assertThat(entry.statusCode()).isEqualTo(303);
		assertThat(entry.headers().firstValue("Location").orElseThrow()).isEqualTo("/entries/education/phonics");
		for (String elsewhere : new String[] { "/search/followed/x//evil.example/", "/search/followed/x/admin",
				"/search/followed/x/entries/a" }) {
			HttpResponse<String> refused = reader.get(elsewhere);
			assertThat(refused.statusCode()).as(elsewhere).isIn(400, 404);
			assertThat(refused.headers().firstValue("Location")).as(elsewhere).isEmpty();
		}
	}

	private String row(Browser admin, String table, String cell) throws Exception {
		String rows = table(admin, table);
		int at = rows.indexOf(cell);
		assertThat(at).as(cell + " listed in " + table).isPositive();
		return rows.substring(rows.lastIndexOf("<tr", at), rows.indexOf("</tr>", at));
	}

	private String table(Browser admin, String id) throws Exception {
		HttpResponse<String> page = admin.get("/admin/insights");
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		String table = body.substring(body.indexOf("id=\"" + id + "\""));
		return table.substring(0, table.indexOf("</table>"));
	}

}
