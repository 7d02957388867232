package org.whatworks.core.search;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchAnalysisTests {

	private final SearchAnalysis analysis = SearchAnalysis.of(SearchFixture.catalogue());

	private List<String> index(String text) {
		return SearchAnalysis.terms(this.analysis.index(), IndexFields.ALL, text);
	}

	private List<String> query(String text) {
		return SearchAnalysis.terms(this.analysis.query(), IndexFields.ALL, text);
	}

	@ParameterizedTest
	@CsvSource({ "behavior, behaviour", "behaviors, behaviours", "behavioral, behavioural", "program, programme",
			"programs, programmes", "aging, ageing", "neighborhood, neighbourhood", "neighbors, neighbours",
			"organization, organisation", "organizations, organisations", "organize, organise", "center, centre",
			"centers, centres", "pediatric, paediatric", "anesthetic, anaesthetic", "anemia, anaemia",
			"hemorrhage, haemorrhage", "analyze, analyse", "recognized, recognised", "prioritizing, prioritising",
			"counseling, counselling", "defense, defence", "offense, offence", "license, licence", "catalog, catalogue",
			"color, colour", "labor, labour", "favorite, favourite", "estrogen, oestrogen", "fetal, foetal",
			"enrollment, enrolment", "traveling, travelling", "judgment, judgement", "math, maths", "gray, grey",
			"tumor, tumour", "tumors, tumours", "rigor, rigour", "cesarean, caesarean", "esophageal, oesophageal",
			"skeptical, sceptical", "mom, mum" })
	void americanSpellingsAnalyseLikeBritish(String american, String british) {
		assertThat(SpellingVariants.fold(american)).isEqualTo(british);
		assertThat(index(american)).isEqualTo(index(british));
	}

	@ParameterizedTest
	@CsvSource({ "size", "prize", "seize", "citizen", "citizens", "draft", "tire", "rigorous", "tumult" })
	void wordsThatOnlyLookAmericanAreKept(String word) {
		assertThat(SpellingVariants.fold(word)).isEqualTo(word);
	}

	@Test
	void stemsPluralsAndPossessives() {
		assertThat(index("Schools' programmes")).isEqualTo(index("school programme"));
		assertThat(index("policing")).isEqualTo(index("police"));
		assertThat(index("The pupil's reading")).isEqualTo(index("pupil reading"));
	}

	@Test
	void dropsStopWordsWithoutLeavingGaps() {
		assertThat(index("the cost of the programme")).isEqualTo(index("cost programme"));
	}

	@ParameterizedTest
	@CsvSource({ "kids, children", "young people, youth", "adolescents, young people", "jobs, employment",
			"policing, police", "flu, influenza", "high blood pressure, hypertension", "flu jab, influenza vaccination",
			"ASB, antisocial behaviour", "antisocial behavior, asb", "security cameras, cctv",
			"cctv, closed-circuit television", "tuition, tutoring", "KS2, primary", "home watch, neighbourhood watch",
			"TA, teaching assistant", "SEL, social and emotional learning", "recidivism, reoffending",
			"GP, general practice", "elderly, older people", "SMEs, small businesses",
			"elementary school, primary school", "high school, secondary school",
			"emergency room, emergency department", "daycare, nursery" })
	void synonymsExpandAtQueryTime(String typed, String meaning) {
		List<String> expanded = query(typed);
		assertThat(expanded).as("%s expands to %s", typed, meaning).containsAll(index(meaning));
	}

	@Test
	void synonymsAreNotAddedAtIndexTime() {
		assertThat(index("kids")).containsExactly("kid");
	}

	@Test
	void analysesHostileTextWithoutFailing() {
		assertThat(query("title:( *~ \\ \" -")).containsExactly("titl");
		assertThat(query("x".repeat(10_000))).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "plain words", "**Bold** and _em_ and `code`", "# Heading\n\nText > quote | cell",
			"- item one\n- item two\n+ plus\n  12. numbered\n1.no space",
			"See [the guide](https://x.org/a_b) and ![img](p.png).", "[not a link] (x) and [open", "a ] b ( c ) [x](y",
			"tabs\tand\r\nnew  lines  ", "-dash at start", "[link **bold**](u) after", "3.5 per cent",
			"line\n\n\n   - nested item" })
	void plainTextOfMarkdownIsWhatTheRegularExpressionsGave(String markdown) {
		String text = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)").matcher(markdown).replaceAll("$1");
		text = Pattern.compile("[*_`#>|]+|^\\s*(?:[-+]|\\d+\\.)\\s+", Pattern.MULTILINE).matcher(text).replaceAll(" ");
		String expected = text.replaceAll("\\s+", " ").strip();
		assertThat(DocumentFactory.plain(markdown)).isEqualTo(expected);
	}

}
