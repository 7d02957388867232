package org.whatworks.site;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the centres agree and differ, over real HTTP on the shipped content: the index,
 * the Multisystemic Therapy approach, the panel and checklist on member entries, and the
 * API.
 */
class ApproachPagesIntegrationTests extends SiteTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonNode api(String path) throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	@Test
	void theIndexCountsApproachesAndWhereTheyDifferAsTheApiDoes() throws Exception {
		JsonNode list = api("/api/v1/approaches");
		int total = list.path("total").asInt();
		assertThat(total).isGreaterThanOrEqualTo(21);
		int broader = list.path("withBroaderMember").asInt();
		assertThat(broader).isGreaterThanOrEqualTo(10);
		HttpResponse<String> page = fetch("/approaches");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains(total + " approaches covered by more than one centre, " + list.path("ratedByMoreThanOne").asInt()
					+ " rated by more than one centre, " + list.path("differ").asInt() + " where they differ, "
					+ broader + " where a centre’s whole strand or guideline sits beside another’s named programmes.");
		assertThat(page.body()).contains("href=\"/approaches/multisystemic-therapy\"")
			.contains("href=\"/approaches/mentoring\"");
		java.util.Set<String> centres = new java.util.TreeSet<>();
		list.path("approaches")
			.forEach((a) -> a.path("members").forEach((m) -> centres.add(m.asString().split("/")[0])));
		assertThat(centres).containsExactly("ageing", "crime", "early-intervention", "education", "health",
				"local-growth");
	}

	@Test
	void theMultisystemicTherapyApproachShowsBothCentresRatingsTheVerdictAndItsRule() throws Exception {
		HttpResponse<String> page = fetch("/approaches/multisystemic-therapy");
		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		assertThat(html).contains("College of Policing").contains("Early Intervention Foundation");
		assertThat(html).contains("4+").contains("Some reduction");
		JsonNode detail = api("/api/v1/approaches/multisystemic-therapy");
		assertThat(detail.path("members")).extracting((m) -> m.path("entry").asString())
			.containsExactly("crime/multisystemic-therapy", "early-intervention/multisystemic-therapy");
		JsonNode crime = detail.path("comparisons").get(0);
		assertThat(crime.path("domain").asString()).isEqualTo("CRIME_AND_JUSTICE");
		assertThat(html).contains("Crime and justice")
			.contains(org.springframework.web.util.HtmlUtils.htmlEscape(crime.path("rule").asString()));
		assertThat(crime.path("findings").get(0).path("criteria").path("evaluations").asString()).isEqualTo("5");
		assertThat(crime.path("findings").get(1).path("criteria").path("lastingEffect").asString()).isEqualTo("Yes");
	}

	@Test
	void aMemberEntryShowsOtherCentresOnTheApproachAndWhyThisBand() throws Exception {
		String html = fetch("/entries/early-intervention/multisystemic-therapy").body();
		assertThat(html).contains("Other centres on this approach")
			.contains("href=\"/entries/crime/multisystemic-therapy\"")
			.contains("href=\"/approaches/multisystemic-therapy\"");
		assertThat(html).contains("Why this band")
			.contains("Lasting effect (12 months or more): </strong>Yes (implied by Evidence rating level 4+");
		assertThat(fetch("/entries/education/feedback").body()).doesNotContain("Other centres on this approach");
		JsonNode criteria = api("/api/v1/entries/early-intervention/multisystemic-therapy").path("findings")
			.get(0)
			.path("criteria");
		assertThat(criteria.path("lastingEffect").asString()).isEqualTo("Yes");
		assertThat(criteria.path("ukEvidence").asString()).isEqualTo("Yes");
		assertThat(criteria.path("evaluations").asString()).isEqualTo("At least 3");
	}

	@Test
	void aStrandAndTheNamedProgrammesItIncludesAreLabelledAndNotCompared() throws Exception {
		JsonNode detail = api("/api/v1/approaches/behaviour-interventions");
		assertThat(detail.path("members"))
			.extracting((m) -> m.path("entry").asString() + " " + m.path("scope").asString())
			.containsExactly("education/behaviour-interventions BROADER",
					"early-intervention/good-behavior-game NARROWER",
					"early-intervention/incredible-years-teacher-classroom-management NARROWER");
		assertThat(detail.path("members").get(1).path("includedIn")).extracting(JsonNode::asString)
			.containsExactly("education/behaviour-interventions");
		assertThat(detail.path("agreement").asString()).isEqualTo("NOT_COMPARABLE");
		String html = fetch("/approaches/behaviour-interventions").body();
		assertThat(html).contains("Broader: the whole strand or guideline").contains("One named programme");
		String programme = fetch("/entries/early-intervention/good-behavior-game").body();
		assertThat(programme).contains("Other centres on this approach")
			.contains("href=\"/entries/education/behaviour-interventions\"")
			.contains("broader: the whole strand or guideline")
			.contains("This entry is one named programme");
		assertThat(fetch("/approaches").body())
			.contains("EEF (broader: the whole strand or guideline), EIF (one named programme: Good Behaviour Game)");
		java.util.List<String> scopeRules = new java.util.ArrayList<>();
		for (JsonNode summary : api("/api/v1/approaches").path("approaches")) {
			if (summary.path("hasBroaderMember").asBoolean()) {
				api("/api/v1/approaches/" + summary.path("id").asString()).path("comparisons")
					.forEach((c) -> scopeRules.add(c.path("verdict").asString() + " " + c.path("rule").asString()));
			}
		}
		assertThat(scopeRules)
			.filteredOn((r) -> r.contains("the average of a strand is not a verdict on one programme"))
			.isNotEmpty()
			.allMatch(
					(r) -> r.startsWith("NOT_COMPARABLE Not comparable: one centre rates a whole family of approaches")
							|| r.contains("Left out of this comparison"));
	}

	@Test
	void anUnknownApproachIsNotFound() throws Exception {
		assertThat(fetch("/approaches/atlantis").statusCode()).isEqualTo(404);
		assertThat(HTTP
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/approaches/atlantis"))).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(404);
	}

}
