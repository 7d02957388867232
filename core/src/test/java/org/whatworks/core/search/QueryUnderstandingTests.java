package org.whatworks.core.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.whatworks.core.model.GlossaryTerm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query understanding: question words and filler left out of matching (but not out of
 * known phrases), glossary terms expanded and shown, a misspelt word corrected beside
 * words that match, and word forms the stemmer leaves apart joined.
 */
class QueryUnderstandingTests {

	static LuceneEvidenceSearch search;

	@BeforeAll
	static void build() {
		SearchFixture.MapContent alpha = SearchFixture.alpha();
		alpha.put("glossary.yaml", """
				- term: KS2
				  means: [key stage 2, primary]
				  definition: Key Stage 2, pupils aged 7-11
				- term: kids falling behind
				  means: [catch up]
				  definition: Everyday words for pupils who need to catch up
				""");
		search = new LuceneEvidenceSearch(SearchFixture.catalogue(alpha, SearchFixture.beta(), SearchFixture.gamma()));
	}

	@AfterAll
	static void close() {
		search.close();
	}

	private static final QueryUnderstanding UNDERSTANDING = SearchAnalysis
		.of(List.of(List.of("unemployed", "out of work"), List.of("early help", "early intervention")))
		.understanding();

	private static String stripped(String query) {
		return UNDERSTANDING.strip(QueryText.parse(query)).words();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "how can we actually reduce reoffending|reduce reoffending",
			"does homework help?|homework", "does homework actually work|homework",
			"what works to stop burglary|stop burglary", "is it worth funding youth clubs|youth clubs",
			"what can a school actually do about persistent absence|school persistent absence",
			"is there any evidence that mentoring works|mentoring", "what's the evidence on class sizes?|class sizes?",
			"how do we get people back into work|people back into work",
			"what can we do for people out of work|for people out of work", "what is early help|early help",
			"homework help|homework help", "what works|what works", "really|really", "social work|social work",
			"how can we get parents more involved|parents involved", "how do we get fewer exclusions|exclusions",
			"more parents involved|more parents involved" })
	void questionWordsAndFillerAreLeftOutOfMatching(String typed, String matched) {
		assertThat(stripped(typed)).isEqualTo(matched);
	}

	@Test
	void phrasesAndExclusionsAreKept() {
		QueryText text = UNDERSTANDING.strip(QueryText.parse("does \"small group\" tutoring work -homework"));
		assertThat(text.words()).isEqualTo("tutoring");
		assertThat(text.phrases()).containsExactly("small group");
		assertThat(text.excludedWords()).containsExactly("homework");
	}

	@Test
	void aQuestionFindsWhatItsWordsFind() {
		assertThat(refs("does homework actually help?")).first().isEqualTo("alpha/homework");
		assertThat(refs("is it worth funding summer schools")).first().isEqualTo("alpha/summer-schools");
	}

	@Test
	void glossaryTermsAreExpandedAndShownAsHints() {
		SearchResults results = search.search(SearchRequest.of("kids falling behind"));
		assertThat(refs(results)).first().isEqualTo("alpha/tutoring");
		assertThat(results.glossary()).extracting(GlossaryTerm::term).containsExactly("kids falling behind");
		SearchResults ks2 = search.search(SearchRequest.of("KS2 homework"));
		assertThat(ks2.glossary()).extracting(GlossaryTerm::definition)
			.containsExactly("Key Stage 2, pupils aged 7-11");
		assertThat(search.search(SearchRequest.of("homework")).glossary()).isEmpty();
	}

	@Test
	void aMisspeltWordBesideCorrectOnesIsCorrectedAndCanBeSearchedAsTyped() {
		SearchResults results = search.search(SearchRequest.of("tutorng pupils"));
		assertThat(results.correctedQuery()).isEqualTo("tutoring pupils");
		assertThat(results.originalQuery()).isEqualTo("tutorng pupils");
		assertThat(results.searchInstead()).isEqualTo("\"tutorng\" pupils");
		assertThat(refs(results)).first().isEqualTo("alpha/tutoring");
		SearchResults asTyped = search.search(SearchRequest.of(results.searchInstead()));
		assertThat(asTyped.correctedQuery()).isNull();
		assertThat(asTyped.total()).isZero();
	}

	@Test
	void wordsTheIndexKnowsAreNotCorrected() {
		SearchResults results = search.search(SearchRequest.of("tutoring pupils"));
		assertThat(results.correctedQuery()).isNull();
		assertThat(results.searchInstead()).isNull();
		// a synonym the content never uses is not a typo
		assertThat(search.search(SearchRequest.of("tuition pupils")).correctedQuery()).isNull();
	}

	@Test
	void aSingleMisspeltWordIsStillCorrectedWhenNothingMatches() {
		SearchResults results = search.search(SearchRequest.of("tutorng"));
		assertThat(results.correctedQuery()).isEqualTo("tutoring");
		assertThat(results.searchInstead()).isEqualTo("\"tutorng\"");
	}

	@Test
	void correctionKeepsTheRestOfWhatWasTyped() {
		assertThat(QueryUnderstanding.corrected("Obesitty in children?", Map.of("obesitty", "obesity")))
			.isEqualTo("obesity in children?");
		assertThat(QueryUnderstanding.exactly("Obesitty in children", Map.of("obesitty", "obesity")))
			.isEqualTo("\"Obesitty\" in children");
	}

	@ParameterizedTest
	@CsvSource({ "preventive, prevention", "violent, violence", "anxious, anxiety", "financial, finance",
			"economic, economy", "intervene, intervention", "reduce, reduction", "safe, safety", "absent, absence",
			"excluded, exclusion", "healthy, health", "criminal, crime", "offences, offending", "strong, strength",
			"pregnant, pregnancy", "children, child", "unemployed, unemployment", "parental, parenting" })
	void derivationalFormsAnalyseAlike(String one, String other) {
		SearchAnalysis analysis = SearchAnalysis.of(List.of());
		assertThat(SearchAnalysis.terms(analysis.index(), IndexFields.ALL, one))
			.isEqualTo(SearchAnalysis.terms(analysis.index(), IndexFields.ALL, other));
	}

	@ParameterizedTest
	@CsvSource({ "poor, poverty", "lone, loneliness", "product, produce", "socialise, social" })
	void formsThatDoNotMeanTheSameStayApart(String one, String other) {
		SearchAnalysis analysis = SearchAnalysis.of(List.of());
		assertThat(SearchAnalysis.terms(analysis.index(), IndexFields.ALL, one))
			.isNotEqualTo(SearchAnalysis.terms(analysis.index(), IndexFields.ALL, other));
	}

	@Test
	void everyListedGroupIsOneTheStemmerSplits() {
		for (List<String> group : DerivationalForms.GROUPS) {
			String first = DerivationalForms.porter(group.get(0));
			assertThat(group.subList(1, group.size())).as("%s: the stemmer already joins every form", group)
				.anySatisfy((word) -> assertThat(DerivationalForms.porter(word)).isNotEqualTo(first));
		}
	}

	@Test
	void aDerivationalFormFindsTheEntry() {
		// the fixture's entry says "Behaviour improves"; "behave" is another form of it
		assertThat(refs("pupils behave")).contains("alpha/feedback");
	}

	private static List<String> refs(String query) {
		return refs(search.search(SearchRequest.of(query)));
	}

	private static List<String> refs(SearchResults results) {
		return results.hits().stream().map((hit) -> hit.entry().ref().toString()).toList();
	}

}
