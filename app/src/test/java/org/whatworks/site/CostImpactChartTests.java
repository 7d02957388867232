package org.whatworks.site;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.whatworks.core.content.CentreLoader;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.plugin.ContentSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost-versus-impact chart of the EEF's real content: where the centre gives a cost
 * in pounds, its point and table row say it beside the cost band.
 */
class CostImpactChartTests {

	private static final ContentSource EEF = ContentSource.classpath(CostImpactChartTests.class.getClassLoader(),
			"education");

	/** The EEF's content with a cost in pounds added to one entry. */
	private static ContentSource withPounds(String entry, String cost) {
		return new ContentSource() {

			@Override
			public String describe() {
				return EEF.describe();
			}

			@Override
			public List<String> list(String folder) {
				return EEF.list(folder);
			}

			@Override
			public Optional<String> read(String path) {
				Optional<String> text = EEF.read(path);
				return path.equals("entries/" + entry + ".md") ? text.map((t) -> t.replace("\nfindings:", cost)) : text;
			}

		};
	}

	@Test
	void theChartGivesPoundsWhereTheCentreGivesThem() {
		LoadedCentre plain = CentreLoader.load(EEF, "education");
		CostImpactChart chart = CostImpactChart.of(plain).orElseThrow();
		assertThat(chart.points()).hasSizeGreaterThan(10);
		assertThat(chart.anyPounds()).isFalse();

		LoadedCentre priced = CentreLoader.load(withPounds("feedback", """

				cost:
				  amount: 9
				  unit: per pupil per year
				  priceYear: 2023
				  source: https://educationendowmentfoundation.org.uk/
				findings:"""), "education");
		chart = CostImpactChart.of(priced).orElseThrow();
		assertThat(chart.anyPounds()).isTrue();
		CostImpactChart.Point feedback = chart.points()
			.stream()
			.filter((p) -> p.entry().id().equals("feedback"))
			.findFirst()
			.orElseThrow();
		assertThat(feedback.pounds()).isEqualTo("£9 per pupil per year (2023 prices)");
		assertThat(feedback.costLabel()).isEqualTo("Very low");
		assertThat(chart.points()).filteredOn((p) -> !p.entry().id().equals("feedback"))
			.allSatisfy((p) -> assertThat(p.pounds()).isNull());
	}

}
