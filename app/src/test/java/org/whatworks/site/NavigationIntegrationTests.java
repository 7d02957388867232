package org.whatworks.site;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the centres agree and differ is one step from anywhere: in the service navigation
 * of every page, marked as the current page on its own pages, and on the home page.
 */
class NavigationIntegrationTests extends SiteTestSupport {

	private Document page(String path) throws Exception {
		var response = fetch(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	@Test
	void theApproachesAreInTheNavigationOfEveryPageAndOnTheHomePage() throws Exception {
		for (String path : List.of("/", "/search?q=mentoring", "/gap-map", "/entries/education/feedback",
				"/about/standard")) {
			assertThat(page(path).select(".govuk-service-navigation__list a").eachAttr("href")).as(path)
				.containsSubsequence("/search", "/gap-map", "/approaches", "/compare");
			assertThat(page(path).select(".govuk-service-navigation__item--active a[href=/approaches]")).as(path)
				.isEmpty();
		}
		assertThat(page("/approaches").select(".govuk-service-navigation__item--active a").eachAttr("href"))
			.containsExactly("/approaches");
		assertThat(page("/approaches/multisystemic-therapy")
			.select(".govuk-service-navigation__item--active a[aria-current=page]")
			.eachAttr("href")).containsExactly("/approaches");
		Document home = page("/");
		assertThat(home.select("main a[href=/approaches]").eachText())
			.containsExactly("Where the centres agree and differ");
		assertThat(home.select("main a[href=/gap-map]").eachText()).containsExactly("Evidence gap map");
	}

}
