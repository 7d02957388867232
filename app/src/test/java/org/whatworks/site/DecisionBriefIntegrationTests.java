package org.whatworks.site;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Implementation, cost and fit on entries and compare, the shortlist, the decision brief
 * and citations, over real HTTP.
 */
class DecisionBriefIntegrationTests extends SiteTestSupport {

	private static final String THREE = "e=early-intervention/incredible-years-preschool&e=education/feedback&e=crime/cctv";

	String get(String path) throws Exception {
		HttpResponse<String> response = fetch(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	@Test
	void anEntryShowsWhatItTakesToDeliverFromTheCentresPageAndThinkingAboutFit() throws Exception {
		String page = get("/entries/early-intervention/incredible-years-preschool");
		assertThat(page).contains("What it takes to deliver")
			.contains("18 to 20 weekly sessions of two hours")
			.contains("QCF level 7/8")
			.contains("href=\"https://guidebook.eif.org.uk/programme/incredible-years-preschool\"")
			.as("the centre does not say, so neither do we")
			.containsPattern("Licensed provider needed</dt><dd class=\"govuk-summary-list__value\">Not stated");
		assertThat(page).contains("Thinking about fit")
			.containsPattern("Setting</dt><dd class=\"govuk-summary-list__value\">[^<]*Community")
			.containsPattern("Level of need</dt><dd class=\"govuk-summary-list__value\">Targeted")
			.containsPattern("Delivery</dt><dd class=\"govuk-summary-list__value\">Group");
		assertThat(get("/entries/education/feedback")).contains("Thinking about fit")
			.contains("The centre does not publish implementation details")
			.doesNotContain("Cost in pounds</h2>");
	}

	@Test
	void addToShortlistIsARealButtonThatSubmitsAGetFormToTheBrief() throws Exception {
		String entry = get("/entries/education/feedback?e=crime/cctv");
		assertThat(entry).containsPattern(
				"<form action=\"/brief\" method=\"get\" class=\"app-shortlist-form\">\\s*<input type=\"hidden\" name=\"e\" value=\"crime/cctv\">\\s*<button type=\"submit\"[^>]*name=\"e\" value=\"education/feedback\">Add to shortlist");
		String results = get("/search?q=mentoring&e=education/feedback");
		assertThat(results).contains("<input type=\"hidden\" name=\"e\" value=\"education/feedback\">")
			.containsPattern(
					"<button type=\"submit\"[^>]*formaction=\"/brief\"[^>]*name=\"e\" value=\"[a-z-]+/[a-z0-9-]+\">Add to shortlist");
	}

	@Test
	void theShortlistSurvivesPagingSortingFiltersAndTheWayToAnEntryButNotTheFeedOrDownloads() throws Exception {
		String results = get("/search?q=school&band=PROMISING&sort=title&e=crime/cctv&e=education/feedback");
		String kept = "e=crime/cctv&amp;e=education/feedback";
		assertThat(results).as("next page")
			.containsPattern("href=\"/search\\?q=school&amp;band=PROMISING&amp;sort=title&amp;page=2&amp;" + kept
					+ "\"[^>]*rel=\"next\"")
			.as("removing a filter")
			.contains("href=\"/search?q=school&amp;sort=title&amp;" + kept + "\"")
			.as("an entry, whose shortlist button then keeps it")
			.containsPattern("<a class=\"govuk-link\" href=\"/entries/[a-z-]+/[a-z0-9-]+\\?" + kept + "\"[^>]*>")
			.as("the sort and filter form")
			.contains("<input type=\"hidden\" name=\"e\" value=\"crime/cctv\">")
			.as("the feed and downloads are the search's own (a feed lists what is new, so it has no sort)")
			.contains("href=\"/search.atom?q=school&amp;band=PROMISING\"")
			.contains("href=\"/data/search.csv?q=school&amp;band=PROMISING&amp;sort=title\"");
		String page2 = get("/search?q=school&band=PROMISING&sort=title&page=2&e=crime/cctv&e=education/feedback");
		assertThat(page2).as("previous page and page numbers")
			.containsPattern(
					"href=\"/search\\?q=school&amp;band=PROMISING&amp;sort=title&amp;" + kept + "\"[^>]*rel=\"prev\"")
			.contains("href=\"/search?q=school&amp;band=PROMISING&amp;sort=title&amp;page=2&amp;" + kept + "\"");
		assertThat(get("/search?q=school&e=not%20a%20ref&e=crime/cctv")).as("only well-formed references ride along")
			.doesNotContain("e=not")
			.contains("page=2&amp;e=crime/cctv\"");
	}

	@Test
	void theBriefPutsKeyMessagesFirstThenEachOptionWithRatingsBandCostImplementationFitAndSources() throws Exception {
		String brief = get("/brief?" + THREE + "&q=mentoring");
		assertThat(brief.indexOf("Key messages")).isPositive().isLessThan(brief.indexOf("Option 1"));
		assertThat(brief).contains("3 options from 3 centres (EIF, EEF, College of Policing)")
			.contains("Option 3")
			.contains("The centre's own rating")
			.contains("Network evidence band")
			.contains("Centre’s cost rating")
			.contains("Duration and dosage: 18 to 20 weekly sessions of two hours")
			.contains("Where the evidence comes from")
			.contains("How the centre's rating was compared")
			.contains("https://educationendowmentfoundation.org.uk/")
			.contains("How to cite these options")
			.as("the way back keeps the search and the shortlist")
			.contains(
					"href=\"/search?q=mentoring&amp;e=early-intervention/incredible-years-preschool&amp;e=education/feedback&amp;e=crime/cctv\"")
			.contains("href=\"/brief.csv?" + THREE.replace("&", "&amp;") + "\"")
			.as("the print stylesheet, under its versioned name")
			.containsPattern("/css/decision-[0-9a-f]+\\.css");
		assertThat(get("/brief")).contains("Your shortlist is empty");
	}

	@Test
	void aBadShortlistIsA400NamingTheParameterAndWhatIsAllowed() throws Exception {
		HttpResponse<String> bad = fetch("/brief?e=education/no-such-entry&e=not%20a%20ref");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("e: there is no entry &#39;education/no-such-entry&#39;")
			.contains("is not an entry reference; allowed: centre/entry")
			.doesNotContain("Exception");
		StringBuilder eleven = new StringBuilder("/brief?");
		List<String> refs = List.of("education/feedback", "crime/cctv", "early-intervention/family-foundations",
				"early-intervention/incredible-years-preschool", "early-intervention/functional-family-therapy",
				"early-intervention/henry", "early-intervention/paths", "early-intervention/roots-of-empathy",
				"early-intervention/all-stars", "early-intervention/coping-power", "early-intervention/fun-friends");
		refs.forEach((ref) -> eleven.append("e=").append(ref).append('&'));
		HttpResponse<String> tooMany = fetch(eleven.toString());
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("e: a shortlist holds at most 10 entries (found 11)");
		assertThat(fetch(eleven.toString().replace("e=early-intervention/fun-friends&", "")).statusCode())
			.isEqualTo(200);
	}

	@Test
	void theBriefDownloadsAsCsvWithOneRowPerOption() throws Exception {
		HttpResponse<String> csv = fetch("/brief.csv?" + THREE);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).contains("decision-brief.csv"));
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).startsWith("\"centre\",\"entry\",\"title\",\"centre_rating\",\"network_band\"");
		assertThat(lines.get(1)).startsWith("\"EIF\",\"early-intervention/incredible-years-preschool\"")
			.contains("\"18 to 20 weekly sessions of two hours\"")
			.contains("\"Not stated\"");
		assertThat(lines.get(2)).startsWith("\"EEF\",\"education/feedback\",\"Feedback\"");
	}

	@Test
	void everyEntryAndTheBriefCanBeCitedAsRisBibtexAndAFormattedReference() throws Exception {
		String entry = get("/entries/early-intervention/incredible-years-preschool");
		assertThat(entry).contains("Cite this")
			.containsPattern(
					"Early Intervention Foundation Guidebook \\(now Foundations\\) \\(\\d{4}\\) Incredible Years Preschool\\.")
			.contains("href=\"/entries/early-intervention/incredible-years-preschool/citation.ris\"")
			.contains("href=\"/entries/early-intervention/incredible-years-preschool/citation.bib\"");
		HttpResponse<String> ris = fetch("/entries/early-intervention/incredible-years-preschool/citation.ris");
		assertThat(ris.statusCode()).isEqualTo(200);
		assertThat(ris.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/x-research-info-systems"));
		assertThat(ris.body()).startsWith("TY  - ELEC\r\n")
			.contains("TI  - Incredible Years Preschool\r\n")
			.contains("UR  - https://guidebook.eif.org.uk/programme/incredible-years-preschool\r\n")
			.endsWith("ER  - \r\n");
		String bibtex = get("/entries/early-intervention/incredible-years-preschool/citation.bib");
		assertThat(bibtex).startsWith("@misc{early_intervention_incredible_years_preschool")
			.contains("title = {{Incredible Years Preschool}}")
			.contains("howpublished = {\\url{https://guidebook.eif.org.uk/programme/incredible-years-preschool}}")
			.endsWith("}\n");
		String all = get("/brief.ris?" + THREE);
		assertThat(all.split("TY  - ELEC", -1)).hasSize(4);
		assertThat(get("/brief.bib?" + THREE).split("@misc\\{", -1)).hasSize(4);
		assertThat(fetch("/entries/education/no-such-entry/citation.ris").statusCode()).isEqualTo(404);
	}

	@Test
	void compareShowsCostImplementationAndFitRows() throws Exception {
		String compare = get("/compare?e=early-intervention/family-foundations&e=crime/cctv");
		assertThat(compare).contains("Cost in pounds")
			.contains("Not published by the centre")
			.contains("Duration: Five weekly sessions during pregnancy")
			.containsPattern("<th scope=\"row\" class=\"govuk-table__header\">Setting</th>")
			.containsPattern("<th scope=\"row\" class=\"govuk-table__header\">Level of need</th>");
		String band = "<strong class=\"govuk-tag";
		String table = compare.substring(compare.indexOf("<table"), compare.indexOf("</table>"));
		assertThat(table.split(band, -1)).as("the band is shown once per option, in its own row").hasSize(3);
	}

}
