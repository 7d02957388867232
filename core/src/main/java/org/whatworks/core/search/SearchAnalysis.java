package org.whatworks.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.CharsRef;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.GlossaryTerm;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.model.Term;

/**
 * The analysis chains of the index. Index and query share one chain: standard tokenizer,
 * English possessive filter, lower case, ASCII folding, American to British spelling,
 * English stop words (leaving no position gaps, so that phrases match across a removed
 * stop word the same way on both sides), Porter stemming. The query chain adds a synonym
 * graph built from the network's list, every centre's synonyms and every taxonomy term's
 * label and synonyms.
 */
final class SearchAnalysis {

	/** Groups of words that mean the same anywhere in the network. */
	static final List<List<String>> NETWORK_SYNONYMS = List.of(List.of("kids", "children", "child", "youngsters"),
			List.of("young people", "youth", "adolescents", "teenagers", "teens", "young person"),
			List.of("jobs", "employment", "job"), List.of("unemployed", "jobless", "out of work", "worklessness"),
			List.of("police", "policing"),
			List.of("older people", "elderly", "older adults", "seniors", "later life", "old age", "pensioners"),
			List.of("pupils", "students", "learners"), List.of("exercise", "physical activity", "working out"),
			List.of("wellbeing", "well-being", "well being"), List.of("depression", "low mood"),
			List.of("obesity", "overweight"), List.of("smoking", "tobacco", "cigarettes"),
			List.of("drugs", "substance misuse", "substance abuse", "drug misuse"),
			List.of("babies", "infants", "newborns"),
			List.of("toddlers", "preschool", "pre-school", "under fives", "early years"),
			List.of("homelessness", "rough sleeping"), List.of("loneliness", "social isolation"),
			List.of("dementia", "alzheimers"), List.of("flu", "influenza"),
			List.of("jab", "jabs", "vaccination", "vaccine", "vaccines", "immunisation"),
			List.of("heart disease", "cardiovascular disease", "cvd"),
			List.of("gp", "general practitioner", "family doctor"),
			List.of("smes", "small businesses", "small firms", "small and medium enterprises", "sme"),
			List.of("firms", "businesses", "companies"), List.of("transport", "transportation"),
			List.of("regeneration", "estate renewal"), List.of("tutoring", "tuition"),
			List.of("truancy", "school absence", "persistent absence"), List.of("exclusion", "suspension", "expulsion"),
			List.of("carers", "caregivers"), List.of("healthy eating", "diet", "nutrition"),
			List.of("weight loss", "losing weight"),
			List.of("teenage pregnancy", "teen pregnancy", "adolescent pregnancy"), List.of("reading", "literacy"),
			List.of("maths", "numeracy", "mathematics"), List.of("send", "special educational needs", "special needs"),
			List.of("adhd", "attention deficit"), List.of("neet", "not in education employment or training"),
			List.of("over 50s", "older workers", "50 plus", "fifty plus"), List.of("cold homes", "fuel poverty"),
			List.of("home improvements", "home adaptations"), List.of("internet", "broadband"),
			List.of("prison", "jail", "custody"), List.of("offenders", "criminals"),
			List.of("mentoring", "mentor", "mentors"), List.of("grants", "subsidies"),
			// American words for British ones (spellings are folded by SpellingVariants)
			List.of("primary school", "elementary school", "grade school"),
			List.of("secondary school", "high school", "middle school"),
			List.of("emergency department", "emergency room", "accident and emergency"),
			List.of("mobile phone", "cell phone", "cellphone"), List.of("nursery", "daycare", "day care"));

	private final Analyzer index;

	private final Analyzer query;

	private final Analyzer spell;

	private final Analyzer perField;

	private final QueryUnderstanding understanding;

	private SearchAnalysis(SynonymMap synonyms, QueryUnderstanding understanding) {
		this.understanding = understanding;
		this.index = new BaseAnalyzer(null);
		this.query = new BaseAnalyzer(synonyms);
		this.spell = new SpellAnalyzer();
		this.perField = new PerFieldAnalyzerWrapper(this.index, Map.of(IndexFields.SPELL, this.spell));
	}

	/** Analysis with the network's synonyms plus those of every centre in a catalogue. */
	static SearchAnalysis of(EvidenceCatalogue catalogue) {
		List<List<String>> groups = new ArrayList<>(NETWORK_SYNONYMS);
		List<GlossaryTerm> glossary = new ArrayList<>();
		if (catalogue != null) {
			for (LoadedCentre centre : catalogue.centres()) {
				groups.addAll(centre.definition().synonyms());
				for (GlossaryTerm term : centre.definition().glossary()) {
					glossary.add(term);
					if (!term.means().isEmpty()) {
						List<String> group = new ArrayList<>();
						group.add(term.term());
						group.addAll(term.means());
						groups.add(group);
					}
				}
				for (Taxonomy taxonomy : centre.definition().taxonomies()) {
					for (Term term : taxonomy.allTerms()) {
						if (!term.synonyms().isEmpty()) {
							List<String> group = new ArrayList<>();
							group.add(term.label());
							group.addAll(term.synonyms());
							groups.add(group);
						}
					}
				}
			}
		}
		return new SearchAnalysis(synonymMap(groups), QueryUnderstanding.of(groups, glossary));
	}

	/** Analysis with exactly these synonym groups. */
	static SearchAnalysis of(List<List<String>> groups) {
		return new SearchAnalysis(synonymMap(groups), QueryUnderstanding.of(groups, List.of()));
	}

	/** What queries mean before they are matched (question words, glossary terms). */
	QueryUnderstanding understanding() {
		return this.understanding;
	}

	/** The chain for indexing and highlighting. */
	Analyzer index() {
		return this.index;
	}

	/** The index chain per field (the spelling field is not stemmed). */
	Analyzer perField() {
		return this.perField;
	}

	/** The chain for queries: the index chain plus synonyms. */
	Analyzer query() {
		return this.query;
	}

	/** Lower-cased words without stemming, for spelling suggestions. */
	Analyzer spell() {
		return this.spell;
	}

	/** The terms an analyzer makes of a text (tokens in order, synonyms included). */
	static List<String> terms(Analyzer analyzer, String field, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static SynonymMap synonymMap(List<List<String>> groups) {
		Analyzer base = new BaseAnalyzer(null);
		SynonymMap.Builder builder = new SynonymMap.Builder(true);
		int pairs = 0;
		for (List<String> group : groups) {
			Set<String> analysed = new LinkedHashSet<>();
			for (String phrase : group) {
				if (phrase == null || phrase.isBlank()) {
					continue;
				}
				List<String> words = terms(base, "", phrase);
				if (!words.isEmpty()) {
					analysed.add(String.join(String.valueOf(SynonymMap.WORD_SEPARATOR), words));
				}
			}
			for (String from : analysed) {
				for (String to : analysed) {
					if (!from.equals(to)) {
						builder.add(new CharsRef(from), new CharsRef(to), true);
						pairs++;
					}
				}
			}
		}
		try {
			return (pairs > 0) ? builder.build() : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The shared chain, with a synonym graph at the end when a map is given. */
	private static final class BaseAnalyzer extends Analyzer {

		private final SynonymMap synonyms;

		BaseAnalyzer(SynonymMap synonyms) {
			this.synonyms = synonyms;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new EnglishPossessiveFilter(source);
			stream = new LowerCaseFilter(stream);
			stream = new ASCIIFoldingFilter(stream);
			stream = new SpellingFilter(stream);
			stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
			stream = new NoGapsFilter(stream);
			stream = new PorterStemFilter(stream);
			stream = new DerivationalForms.Filter(stream);
			if (this.synonyms != null) {
				stream = new SynonymGraphFilter(stream, this.synonyms, true);
			}
			return new TokenStreamComponents(source, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new SpellingFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in)));
		}

		@Override
		public int getPositionIncrementGap(String fieldName) {
			return 100;
		}

	}

	/** Lower-cased words, for the spelling field. */
	private static final class SpellAnalyzer extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
			return new TokenStreamComponents(source, stream);
		}

	}

	/** Folds American spellings onto British ones. */
	static final class SpellingFilter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		SpellingFilter(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			if (!SpellingVariants.mayFold(this.term.buffer(), this.term.length())) {
				return true;
			}
			String word = this.term.toString();
			String folded = SpellingVariants.fold(word);
			if (!folded.equals(word)) {
				this.term.setEmpty().append(folded);
			}
			return true;
		}

	}

	/**
	 * Closes the gaps a removed stop word leaves, so phrases match the same both sides.
	 */
	static final class NoGapsFilter extends TokenFilter {

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		NoGapsFilter(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			if (this.increment.getPositionIncrement() > 1) {
				this.increment.setPositionIncrement(1);
			}
			return true;
		}

	}

}
