package org.whatworks.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchBenchmarkSmokeTests {

	@Test
	void runsOnATinyNetwork() {
		SearchBenchmark.Report report = SearchBenchmark.run(200, 40, 2, false);
		assertThat(report.entries()).isEqualTo(200);
		assertThat(report.searchP99()).isPositive();
		assertThat(report.bareP99()).isPositive();
	}

}
