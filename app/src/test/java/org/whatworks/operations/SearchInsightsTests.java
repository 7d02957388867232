package org.whatworks.operations;

import org.junit.jupiter.api.Test;

import org.whatworks.operations.SearchInsights.QueryCount;

import static org.assertj.core.api.Assertions.assertThat;

class SearchInsightsTests {

	final SearchInsights insights = new SearchInsights();

	@Test
	void countsQueriesIgnoringCaseAndSpacing() {
		this.insights.record("Reading  Comprehension", 10);
		this.insights.record(" reading comprehension", 10);
		this.insights.record("phonics", 4);
		assertThat(this.insights.top(10)).containsExactly(new QueryCount("reading comprehension", 2),
				new QueryCount("phonics", 1));
		assertThat(this.insights.searches()).isEqualTo(3);
	}

	@Test
	void listsQueriesThatFoundNothingSeparately() {
		this.insights.record("xyzzy", 0);
		this.insights.record("xyzzy", 0);
		this.insights.record("phonics", 4);
		assertThat(this.insights.zeroResults(10)).containsExactly(new QueryCount("xyzzy", 2));
		assertThat(this.insights.zeroResultSearches()).isEqualTo(2);
	}

	@Test
	void blankQueriesAreBrowsingNotSearching() {
		this.insights.record("   ", 100);
		this.insights.record(null, 100);
		assertThat(this.insights.searches()).isZero();
		assertThat(this.insights.top(10)).isEmpty();
	}

	@Test
	void memoryStaysBoundedWhateverIsTyped() {
		for (int i = 0; i < SearchInsights.MAX_DISTINCT + 500; i++) {
			this.insights.record("query " + i, 0);
		}
		this.insights.record("x".repeat(10_000), 0);
		assertThat(this.insights.top(Integer.MAX_VALUE)).hasSize(SearchInsights.MAX_DISTINCT);
		assertThat(this.insights.searches()).isEqualTo(SearchInsights.MAX_DISTINCT + 501);
		assertThat(this.insights.top(Integer.MAX_VALUE))
			.allSatisfy((q) -> assertThat(q.query().length()).isLessThanOrEqualTo(SearchInsights.MAX_QUERY_LENGTH));
	}

}
