package org.whatworks.operations;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.whatworks.security.OperationsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zero-result searches as work, over real HTTP against the real PostgreSQL: a search
 * whose words find nothing is listed for staff with what the site offered instead and
 * whether a link of its results page was followed; the public pages stay cookie-free.
 */
class ZeroResultSearchesIntegrationTests extends OperationsIntegrationTest {

	static final Pattern DID_YOU_MEAN = Pattern.compile(
			"Did you mean <a class=\"govuk-link\" href=\"(/search/followed/[0-9a-f-]{36}/search\\?[^\"]+)\">phonics</a>");

	@Autowired
	SearchHistory history;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTypoThatFindsNothingIsListedWithTheSuggestionAndWhetherItWasClicked() throws Exception {
		this.jdbc.sql("DELETE FROM search_zero_result WHERE query = 'phonicss'").update();
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
		assertThat(row(admin)).contains(">phonicss</td>")
			.contains(">1</td>")
			.contains(">phonics</td>")
			.contains(">no</td>");

		HttpResponse<String> followed = reader.get(offer.group(1).replace("&amp;", "&"));
		assertThat(followed.statusCode()).isEqualTo(303);
		assertThat(followed.headers().firstValue("Location").orElseThrow()).isEqualTo("/search?q=phonics&centre=crime");
		assertThat(followed.headers().allValues("Set-Cookie")).isEmpty();
		this.history.flush();
		assertThat(row(admin)).contains(">phonicss</td>").contains(">yes (1 of 1)</td>");
	}

	@Test
	void aSearchThatFindsSomethingIsNotListedAndItsLinksGoStraightToTheEntries() throws Exception {
		HttpResponse<String> search = browser().get("/search?q=phonics");
		assertThat(search.body()).contains("href=\"/entries/education/phonics\"").doesNotContain("/search/followed/");
		this.history.flush();
		assertThat(this.jdbc.sql("SELECT count(*) FROM search_zero_result WHERE query = 'phonics'")
			.query(Long.class)
			.single()).isZero();
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

	private String row(Browser admin) throws Exception {
		HttpResponse<String> page = admin.get("/admin/insights");
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		String table = body.substring(body.indexOf("id=\"unanswered-queries\""));
		int at = table.indexOf(">phonicss</td>");
		assertThat(at).as("phonicss listed").isPositive();
		return table.substring(table.lastIndexOf("<tr", at), table.indexOf("</tr>", at));
	}

}
