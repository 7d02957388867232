package org.whatworks.site;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the site and API show of query understanding, over real HTTP: a corrected spelling
 * with a link to search the words as typed, glossary hints beside the results, and each
 * centre's glossary on its page.
 */
class SearchUnderstandingIntegrationTests extends SiteTestSupport {

	private String page(String path) throws Exception {
		HttpResponse<String> response = fetch(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	@Test
	void aMisspeltWordIsCorrectedWithALinkToSearchItAsTyped() throws Exception {
		String page = page("/search?q=obesitty+in+children");
		assertThat(page).contains("Showing results for <strong>obesity in children</strong>")
			.contains("Search instead for")
			.containsPattern(
					"class=\"govuk-link app-search-instead\" href=\"[^\"]*q=%22obesitty%22[^\"]*\">obesitty in children</a>")
			.contains("/entries/health/ng246");
		String asTyped = page("/search?q=%22obesitty%22+in+children");
		assertThat(asTyped).doesNotContain("Showing results for").contains("No entries match");
	}

	@Test
	void aJargonTermShowsWhatItMeans() throws Exception {
		String page = page("/search?q=KS2+reading+comprehension");
		assertThat(page).contains("app-glossary-hint").contains("Key Stage 2, pupils aged 7-11");
		assertThat(page("/search?q=reading+comprehension")).doesNotContain("app-glossary-hint");
	}

	@Test
	void theCentrePageShowsItsGlossary() throws Exception {
		assertThat(page("/centres/education")).contains("id=\"glossary\"")
			.contains("<dt class=\"govuk-summary-list__key\">KS2</dt>")
			.contains("Key Stage 2, pupils aged 7-11");
	}

	@Test
	void theApiReturnsTheCorrectedQueryAndTheGlossaryTermsUsed() throws Exception {
		String json = HTTP
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/search?q=obesitty+in+children"))).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(json).contains("\"correctedQuery\":\"obesity in children\"")
			.contains("\"searchInstead\":\"\\\"obesitty\\\" in children\"");
		String ks2 = HTTP
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/search?q=KS2+phonics"))).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(ks2).contains("\"glossary\":[{\"term\":\"KS2\",\"definition\":\"Key Stage 2, pupils aged 7-11");
	}

	@Test
	void resultsCanBeReachedBeforeTheFilters() throws Exception {
		String page = page("/search?q=mentoring");
		int skip = page.indexOf("<a class=\"govuk-link\" href=\"#results\">Skip to results</a>");
		int toggle = page.indexOf("<label for=\"filters-toggle\"");
		int filters = page.indexOf("class=\"govuk-grid-column-one-third app-filters\"");
		assertThat(skip).isPositive().isLessThan(toggle);
		assertThat(toggle).isLessThan(filters);
		assertThat(page).contains("id=\"results\"");
		String css = fetch("/css/site.css").body();
		assertThat(css).contains(".app-filters-toggle__input:not(:checked) ~ .app-filters { display: none; }");
	}

}
