package org.whatworks.core.search;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryPlannerTests {

	@Test
	void anyWordPlanFromOneAnalysisEqualsAnalysingAgainForAnyWord() throws Exception {
		SearchAnalysis analysis = SearchAnalysis.of(SearchAnalysis.NETWORK_SYNONYMS);
		List<String> texts = new ArrayList<>();
		RelevanceTests.judged().forEach((judged) -> texts.add(judged.query()));
		texts.addAll(List.of("reading for maths children", "falls in older people", "loneliness exercise parents",
				"\"street lighting\" crime -cctv", "high blood pressure in over 65s", "kids kids kids"));
		int multiWord = 0;
		for (String text : texts) {
			QueryText parsed = QueryText.parse(text);
			QueryPlanner.Analysed analysed = QueryPlanner.analyse(analysis, parsed, true);
			assertThat(analysed.plan(true)).as(text).isEqualTo(QueryPlanner.plan(analysis, parsed, true, true));
			LuceneEvidenceSearch.Built any = QueryPlanner.plan(analysis, parsed, false, true);
			assertThat(analysed.plan(false)).as(text).isEqualTo(any);
			multiWord += any.multiWord() ? 1 : 0;
		}
		assertThat(multiWord).isGreaterThan(20);
	}

}
