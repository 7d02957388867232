package org.whatworks.site;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees of where a rating comes from: the centre's own page and the date we
 * saw it, a centre's mark on a rating (EIF's asterisk), and an entry the centre has not
 * rated, on the page and through the API.
 */
class RatingProvenanceTests extends SiteTestSupport {

	private String get(String path) throws Exception {
		HttpResponse<String> response = path.startsWith("/api/")
				? HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json").build(),
						HttpResponse.BodyHandlers.ofString())
				: fetch(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	@Test
	void aRatedEntryNamesThePageWhereTheCentrePublishedItsRatingAndWhenWeSawIt() throws Exception {
		String page = get("/entries/early-intervention/multisystemic-therapy");
		assertThat(page).contains("Rating published by the centre at")
			.contains("href=\"https://guidebook.eif.org.uk/programme/multisystemic-therapy\"")
			.containsPattern("Seen there on \\d{1,2} \\w+ 20\\d\\d")
			.doesNotContain("Not rated by this centre.");
	}

	@Test
	void eifsAsteriskIsShownBesideTheLevelAndCountsAsAMixedEffect() throws Exception {
		String page = get("/entries/early-intervention/multisystemic-therapy");
		assertThat(page).contains("Evidence of long-term impact (plus) *")
			.as("'how we compared this' names the qualifier and what it set")
			.containsPattern("qualifier mixed[\\s\\S]{0,400}effect Mixed");
		assertThat(page).containsPattern("Network evidence band</dt>[\\s\\S]{0,300}Mixed");
		String api = get("/api/v1/entries/early-intervention/multisystemic-therapy");
		assertThat(api).contains("\"label\":\"Evidence of long-term impact (plus) *\"").contains("\"band\":\"MIXED\"");
	}

	@Test
	void anEntryTheCentreDidNotRateSaysSoAndShowsNoRatingUnderItsScales() throws Exception {
		String page = get("/entries/crime/functional-family-therapy");
		assertThat(page).contains("Not rated by this centre.")
			.contains("href=\"/about/standard#not-rated\"")
			.doesNotContain("Rating published by the centre at");
		String api = get("/api/v1/entries/crime/functional-family-therapy");
		assertThat(api).contains("\"band\":\"NOT_RATED\"").contains("\"bandLabel\":\"Not rated by this centre\"");
		assertThat(get("/about/standard")).contains("id=\"not-rated\"")
			.contains("We never fill the gap with our own estimate");
	}

}
