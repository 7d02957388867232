package org.whatworks.network;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.core.search.SearchResults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search bean serves the content being served, before and after a reload. Same
 * context configuration as the site's integration tests, so the context is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchWiringIntegrationTests {

	@Autowired
	EvidenceSearch search;

	@Autowired
	NetworkContent content;

	@Test
	void searchFindsEntriesOfSeveralCentresAndKeepsWorkingAcrossAReload() {
		SearchResults before = this.search.search(SearchRequest.of("mentoring"));
		assertThat(before.total()).isPositive();
		assertThat(before.hits().stream().map((hit) -> hit.entry().centreId()).distinct().count()).isGreaterThan(1);
		this.content.reload();
		SearchResults after = this.search.search(SearchRequest.of("mentoring"));
		assertThat(after.total()).isEqualTo(before.total());
		for (var hit : after.hits()) {
			EvidenceEntry served = this.content.catalogue().entry(hit.entry().ref()).orElseThrow();
			assertThat(served).isSameAs(hit.entry());
		}
	}

}
