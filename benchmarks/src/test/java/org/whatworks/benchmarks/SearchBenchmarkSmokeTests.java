package org.whatworks.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SearchBenchmarkSmokeTests {

	@Test
	void runsOnATinyNetwork() {
		SearchBenchmark.Report report = SearchBenchmark.run(200, 40, 2, null, false);
		assertThat(report.entries()).isEqualTo(200);
		assertThat(report.onDisk()).isFalse();
		assertThat(report.searchP99()).isPositive();
		assertThat(report.bareP99()).isPositive();
	}

	@Test
	void keepsBothIndexesOnDiskInAFolderAndLeavesItEmpty(@TempDir Path folder) throws IOException {
		SearchBenchmark.Report report = SearchBenchmark.run(200, 40, 2, folder, false);
		assertThat(report.entries()).isEqualTo(200);
		assertThat(report.onDisk()).isTrue();
		assertThat(report.searchP99()).isPositive();
		try (Stream<Path> left = Files.list(folder)) {
			assertThat(left).isEmpty();
		}
	}

}
