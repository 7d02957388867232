package org.whatworks.operations;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.security.OperationsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What network staff see in the operations endpoints and the search insights page.
 */
class OperationsEndpointsIntegrationTests extends OperationsIntegrationTest {

	@Autowired
	EvidenceSearch search;

	@Test
	void infoShowsTheBuildAndEachCentresVersionAndContentDates() throws Exception {
		String info = browser().get("/actuator/info").body();
		assertThat(info).contains("\"build\":{").contains("\"artifact\":\"whatworks-app\"");
		for (String centre : List.of("health", "education", "crime", "ageing", "early-intervention", "local-growth")) {
			assertThat(info).containsPattern("\"" + centre
					+ "\":\\{\"name\":\"[^\"]+\",\"status\":\"loaded\",\"version\":\"[^\"]+\",\"entries\":[1-9]\\d*,"
					+ "\"lastReviewed\":\"\\d{4}-\\d{2}-\\d{2}\"");
		}
		assertThat(info).containsPattern("\"content\":\\{\"[a-zA-Z]+\":");
	}

	@Test
	void infoShowsTheGitCommitWhenBuiltFromACheckout() throws Exception {
		boolean builtFromGit = getClass().getResource("/git.properties") != null;
		String info = browser().get("/actuator/info").body();
		if (builtFromGit) {
			assertThat(info).containsPattern("\"git\":\\{.*\"commit\":\\{.*\"id\":");
		}
		else {
			assertThat(info).doesNotContain("\"git\":");
		}
	}

	@Test
	void everySearchIsTimedAndCountedForPrometheus() throws Exception {
		this.search.search(SearchRequest.of("reading"));
		this.search.search(SearchRequest.of("qqxxzzyvv"));
		String metrics = getWithBasic("/actuator/prometheus", ADMIN, ADMIN_PASSWORD).body();
		assertThat(metrics).contains("whatworks_search_seconds_bucket{")
			.containsPattern("whatworks_search_seconds_count(\\{[^}]*\\})? [1-9]")
			.containsPattern("whatworks_search_zero_results_total(\\{[^}]*\\})? [1-9]")
			.containsPattern("whatworks_search_results_entries_count(\\{[^}]*\\})? [1-9]");
	}

	@Test
	void searchApiAnswersGivenAgainAreStillCountedInMetricsAndInsights() throws Exception {
		String before = getWithBasic("/actuator/prometheus", ADMIN, ADMIN_PASSWORD).body();
		for (int i = 0; i < 3; i++) {
			assertThat(browser().get("/api/v1/search?q=Peer+tutoring+homework").statusCode()).isEqualTo(200);
			assertThat(browser().get("/api/v1/search?q=qqvzzxcachedwq").statusCode()).isEqualTo(200);
		}
		String after = getWithBasic("/actuator/prometheus", ADMIN, ADMIN_PASSWORD).body();
		assertThat(sample(after, "whatworks_search_seconds_count"))
			.isEqualTo(sample(before, "whatworks_search_seconds_count") + 6);
		assertThat(sample(after, "whatworks_search_zero_results_total"))
			.isEqualTo(sample(before, "whatworks_search_zero_results_total") + 3);
		assertThat(sample(after, "cache_gets_total", "cache=\"api-search\"", "result=\"hit\""))
			.as("answered from the search API's cache")
			.isGreaterThanOrEqualTo(sample(before, "cache_gets_total", "cache=\"api-search\"", "result=\"hit\"") + 4);
		String page = signedIn(ADMIN, ADMIN_PASSWORD).get("/admin/search").body();
		String zero = page.substring(page.indexOf("id=\"zero-result-queries\""));
		String top = page.substring(page.indexOf("id=\"top-queries\""), page.indexOf("id=\"zero-result-queries\""));
		assertThat(top).containsPattern("<td[^>]*>peer tutoring homework</td>\\s*<td[^>]*>3<");
		assertThat(zero).containsPattern("<td[^>]*>qqvzzxcachedwq</td>\\s*<td[^>]*>3<");
	}

	/** The value of a sample in Prometheus text with these labels; 0 when absent. */
	private static double sample(String metrics, String name, String... labels) {
		for (String line : metrics.split("\n")) {
			if (!line.startsWith(name + " ") && !line.startsWith(name + "{")) {
				continue;
			}
			if (java.util.Arrays.stream(labels).allMatch(line::contains)) {
				return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return 0;
	}

	@Test
	void searchInsightsListTopAndZeroResultQueriesEscaped() throws Exception {
		this.search.search(SearchRequest.of("<xqzv onload='zqxv'>"));
		this.search.search(SearchRequest.of("Reading"));
		this.search.search(SearchRequest.of("reading "));
		String page = signedIn(ADMIN, ADMIN_PASSWORD).get("/admin/search").body();
		String zero = page.substring(page.indexOf("id=\"zero-result-queries\""));
		assertThat(zero).contains("&lt;xqzv onload=&#39;zqxv&#39;&gt;");
		assertThat(page).doesNotContain("<xqzv");
		String top = page.substring(page.indexOf("id=\"top-queries\""), page.indexOf("id=\"zero-result-queries\""));
		assertThat(top).containsPattern("<td[^>]*>reading</td>\\s*<td[^>]*>[2-9]");
	}

}
