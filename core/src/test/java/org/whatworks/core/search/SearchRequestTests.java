package org.whatworks.core.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SearchRequestTests {

	@Test
	void filtersReadInNameAndValueOrderWhateverOrderTheyCameIn() {
		Map<String, Set<String>> filters = new LinkedHashMap<>();
		filters.put("cost", new LinkedHashSet<>(List.of("2", "1")));
		filters.put("band", new LinkedHashSet<>(List.of("WELL_SUPPORTED", "PROMISING")));
		filters.put("centre", new LinkedHashSet<>(List.of("health", "education")));
		SearchRequest request = new SearchRequest("x", filters, SortOrder.RELEVANCE, 1, 20);
		assertThat(request.filters().keySet()).containsExactly("band", "centre", "cost");
		assertThat(request.filters().get("centre")).containsExactly("education", "health");
		assertThat(request).isEqualTo(new SearchRequest("x", Map.of("centre", Set.of("education", "health"), "cost",
				Set.of("1", "2"), "band", Set.of("PROMISING", "WELL_SUPPORTED")), SortOrder.RELEVANCE, 1, 20));
		assertThat(
				request.toString())
			.isEqualTo(new SearchRequest("x", Map.of("cost", Set.of("1", "2"), "band",
					Set.of("PROMISING", "WELL_SUPPORTED"), "centre", Set.of("health", "education")),
					SortOrder.RELEVANCE, 1, 20)
				.toString());
	}

	@Test
	void emptyFilterValuesAreDroppedAndLimitsAreNamed() {
		SearchRequest request = new SearchRequest(" q ", Map.of("centre", Set.of()), null, 1, 20);
		assertThat(request.filters()).isEmpty();
		assertThat(request.query()).isEqualTo("q");
		assertThat(request.sort()).isEqualTo(SortOrder.RELEVANCE);
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchRequest("q", Map.of(), null, 0, 20))
			.withMessageContaining("page");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SearchRequest("q", Map.of(), null, 1, SearchRequest.MAX_SIZE + 1))
			.withMessageContaining("size");
	}

}
