package org.whatworks.core.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class LuceneEvidenceSearchTests {

	private static LuceneEvidenceSearch search;

	@BeforeAll
	static void build() {
		search = new LuceneEvidenceSearch(SearchFixture.catalogue());
	}

	@AfterAll
	static void close() {
		search.close();
	}

	private static List<String> refs(SearchResults results) {
		return results.hits().stream().map((hit) -> hit.entry().ref().toString()).toList();
	}

	private static SearchResults find(String query) {
		return search.search(SearchRequest.of(query));
	}

	private static SearchRequest request(String query, Map<String, Set<String>> filters, SortOrder sort, int page,
			int size) {
		return new SearchRequest(query, filters, sort, page, size);
	}

	@Test
	void blankBrowsesEverythingByTitle() {
		SearchResults results = find("  ");
		assertThat(results.total()).isEqualTo(11);
		assertThat(refs(results)).hasSize(11).startsWith("beta/cctv", "alpha/feedback");
		assertThat(results.hits()).allSatisfy((hit) -> assertThat(hit.highlights()).isEmpty());
		assertThat(results.suggestion()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "tutoring, alpha/tutoring", "tuition, alpha/tutoring", "small group tuition, alpha/tutoring",
			"security cameras, beta/cctv", "closed circuit television, beta/cctv", "ASB, beta/mentoring",
			"anti-social behavior, beta/mentoring", "high blood pressure, gamma/ng136", "flu jab, gamma/ng103",
			"influenza vaccination, gamma/ng103", "neighborhood watch, beta/neighbourhood-watch",
			"home watch, beta/neighbourhood-watch", "street lights, beta/street-lighting",
			"scared straight prison visits, beta/scared-straight", "recidivism, beta/mentoring",
			"kids homework, alpha/homework", "pediatric clinic, gamma/ng136", "vaccinating older people, gamma/ng103",
			"summer school, alpha/summer-schools", "feedback programs, alpha/feedback" })
	void findsTheRightEntryFirst(String query, String expected) {
		SearchResults results = find(query);
		assertThat(refs(results)).as(query).isNotEmpty();
		assertThat(refs(results).get(0)).as(query).isEqualTo(expected);
		assertThat(results.hits().get(0).score()).isPositive();
	}

	@Test
	void quotesMakePhrases() {
		assertThat(refs(find("\"street lighting\""))).containsExactly("beta/street-lighting");
		assertThat(refs(find("\"lighting cameras\""))).isEmpty();
	}

	@Test
	void leadingMinusExcludes() {
		List<String> refs = refs(find("crime -cctv"));
		assertThat(refs).isNotEmpty().doesNotContain("beta/cctv");
		assertThat(refs(find("-cctv"))).hasSize(10).doesNotContain("beta/cctv");
		assertThat(refs(find("crime -\"street lighting\""))).doesNotContain("beta/street-lighting");
	}

	@Test
	void fallsBackToAnyWordWhenAllWordsFindTooLittle() {
		List<String> refs = refs(find("hypertension burglary"));
		assertThat(refs).contains("gamma/ng136", "beta/neighbourhood-watch");
	}

	@Test
	void highlightsAreEscapedWithMarks() {
		SearchResults results = find("summer holidays");
		assertThat(refs(results).get(0)).isEqualTo("alpha/summer-schools");
		List<String> highlights = results.hits().get(0).highlights();
		assertThat(highlights).isNotEmpty();
		assertThat(String.join(" ", highlights)).contains("<mark>")
			.contains("&lt;")
			.contains("&amp;")
			.doesNotContain(" < ");
		assertThat(find("behavior").hits())
			.anySatisfy((hit) -> assertThat(String.join(" ", hit.highlights())).contains("<mark>Behaviour</mark>"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"unbalanced", "unbalanced\"", "\"", "\"\"", "-", "- -", "--", "-\"", "title:(",
			"title:(tutoring", "*", "tut*", "?", "~", "tutoring~2", "\\", "\\\"", "AND", "OR NOT", "a AND OR b", "(((",
			")", "[1 TO 5]", "{}", "+", "+tutoring -", "!", "^2", "&&||", "/regex/", "\u0000\u0001\u0007",
			"tutor\u0000ing", "\uD83D\uDE00 emoji", "\uD800", "ｔｕｔｏｒｉｎｇ", "\u00e9cole", "\t\n\r",
			"<script>alert(1)</script>", "' OR 1=1 --", "%00", "the of and" })
	void neverFailsOnHostileInput(String query) {
		assertThatNoException().isThrownBy(() -> {
			SearchResults results = find(query);
			assertThat(results.total()).isGreaterThanOrEqualTo(0);
			results.hits().forEach((hit) -> hit.highlights().forEach((h) -> assertThat(h).doesNotContain("<script>")));
		});
	}

	@Test
	void neverFailsOnVeryLongInput() {
		String longQuery = "tutoring \"feedback -".repeat(600);
		assertThat(longQuery.length()).isGreaterThan(10_000);
		assertThatNoException().isThrownBy(() -> find(longQuery));
		assertThatNoException().isThrownBy(() -> search.suggest(longQuery, 5));
		assertThatNoException().isThrownBy(() -> QueryText.parse("x".repeat(10_000)));
	}

	@Test
	void stopWordsAloneBrowse() {
		assertThat(find("the of and").total()).isEqualTo(11);
	}

	@Test
	void facetsCountDrillSideways() {
		SearchResults results = search.search(SearchRequest.of("").withFilter(Facets.CENTRE, "beta"));
		assertThat(results.total()).isEqualTo(5);
		FacetResult centres = results.facets().get(Facets.CENTRE);
		assertThat(centres.values())
			.extracting(FacetValue::value, FacetValue::label, FacetValue::count, FacetValue::selected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("alpha", "SE", 4L, false),
					org.assertj.core.groups.Tuple.tuple("beta", "CR", 5L, true),
					org.assertj.core.groups.Tuple.tuple("gamma", "HG", 2L, false));
		FacetResult crimeType = results.facets().get("beta.crime-type");
		assertThat(crimeType).isNotNull();
		assertThat(crimeType.label()).isEqualTo("Crime type");
		assertThat(crimeType.values()).extracting(FacetValue::value, FacetValue::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("asb", 1L),
					org.assertj.core.groups.Tuple.tuple("burglary", 2L));
		assertThat(results.facets().keySet()).startsWith(Facets.NETWORK.toArray(String[]::new))
			.doesNotContain("alpha.phase");
	}

	@Test
	void valuesWithinAFacetAreOredAndFacetsAnded() {
		SearchRequest both = SearchRequest.of("").withFilter(Facets.CENTRE, "alpha").withFilter(Facets.CENTRE, "gamma");
		SearchResults results = search.search(both);
		assertThat(results.total()).isEqualTo(6);
		assertThat(results.facets()).doesNotContainKey("alpha.phase");

		SearchRequest anded = SearchRequest.of("")
			.withFilter(Facets.CENTRE, "beta")
			.withFilter(Facets.BAND, "WELL_SUPPORTED");
		results = search.search(anded);
		assertThat(refs(results)).containsExactly("beta/cctv", "beta/street-lighting");
		assertThat(results.facets().get(Facets.BAND).values()).extracting(FacetValue::value, FacetValue::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("WELL_SUPPORTED", 2L),
					org.assertj.core.groups.Tuple.tuple("PROMISING", 2L),
					org.assertj.core.groups.Tuple.tuple("HARMFUL", 1L));
		assertThat(results.facets().get(Facets.CENTRE).values()).extracting(FacetValue::value, FacetValue::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("alpha", 1L),
					org.assertj.core.groups.Tuple.tuple("beta", 2L), org.assertj.core.groups.Tuple.tuple("gamma", 1L));
		// a facet that is not filtered counts only the hits
		assertThat(results.facets().get(Facets.COST).values()).extracting(FacetValue::value, FacetValue::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1", 2L));
	}

	@Test
	void fitCriteriaAndReadinessAreFacetsWithTheStrongestValueOfAnyFinding() {
		SearchFixture.MapContent alpha = SearchFixture.alpha();
		alpha.put("crosswalk.yaml", alpha.read("crosswalk.yaml")
			.orElseThrow()
			.replace("primary: { lifeStage: PRIMARY_AGE }", "primary: { lifeStage: PRIMARY_AGE, setting: SCHOOL }"));
		String tutoring = alpha.read("entries/tutoring.md").orElseThrow();
		alpha.put("entries/tutoring.md", tutoring.replace("findings:\n", """
				fit: { need: TARGETED, delivery: [GROUP] }
				implementation:
				  training: Two days from the developer
				  manual: true
				  source: https://alpha.example.org/tutoring/implementation
				findings:
				""").replace("    label: Everyone\n", """
				    label: Everyone
				    criteria: { design: quasi-experimental, lastingEffect: no }
				  - outcome: behaviour
				    label: Behaviour
				    criteria: { design: randomised, replication: yes, lastingEffect: yes }
				"""));
		try (LuceneEvidenceSearch fit = new LuceneEvidenceSearch(
				SearchFixture.catalogue(alpha, SearchFixture.beta(), SearchFixture.gamma()))) {
			SearchResults school = fit.search(SearchRequest.of("").withFilter(Facets.SETTING, "SCHOOL"));
			assertThat(refs(school)).containsExactlyInAnyOrder("alpha/tutoring", "alpha/summer-schools");
			assertThat(school.facets().get(Facets.SETTING).values())
				.extracting(FacetValue::value, FacetValue::label, FacetValue::count, FacetValue::selected)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("SCHOOL", "School", 2L, true));
			SearchResults everything = fit.search(SearchRequest.of(""));
			assertThat(everything.facets().get(Facets.NEED).values())
				.extracting(FacetValue::value, FacetValue::label, FacetValue::count)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("TARGETED", "Targeted (people at risk)", 1L));
			assertThat(everything.facets().get(Facets.READY).values())
				.extracting(FacetValue::value, FacetValue::label, FacetValue::count)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(Facets.YES,
						"Manual or materials and training available", 1L));
			assertThat(refs(fit.search(SearchRequest.of("").withFilter(Facets.READY, Facets.YES))))
				.containsExactly("alpha/tutoring");
			// one finding randomised with a lasting effect, the other not: the entry
			// shows
			// the strongest, so it is found by the values a cautious reader asks for
			SearchRequest cautious = SearchRequest.of("")
				.withFilter(Facets.DESIGN, "RANDOMISED")
				.withFilter(Facets.REPLICATION, "YES")
				.withFilter(Facets.LASTING_EFFECT, "YES");
			assertThat(refs(fit.search(cautious))).containsExactly("alpha/tutoring");
			assertThat(refs(fit.search(SearchRequest.of("").withFilter(Facets.LASTING_EFFECT, "NO")))).isEmpty();
			assertThat(everything.facets().get(Facets.DESIGN).values()).extracting(FacetValue::value, FacetValue::count)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("RANDOMISED", 1L),
						org.assertj.core.groups.Tuple.tuple(Facets.UNKNOWN, 10L));
			assertThat(everything.facets().get(Facets.UK_EVIDENCE).values())
				.extracting(FacetValue::value, FacetValue::label, FacetValue::count)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("UNKNOWN", "Not known", 11L));
		}
	}

	@Test
	void facetsCombineWithAQuery() {
		SearchResults results = search.search(SearchRequest.of("crime").withFilter(Facets.COST, "none"));
		assertThat(refs(results)).containsExactly("beta/neighbourhood-watch");
		assertThat(results.facets().get(Facets.COST).values()).extracting(FacetValue::value).contains("1", "4", "none");
	}

	@ParameterizedTest
	@ValueSource(strings = { "crime", "people", "young people", "behaviour school", "pupils" })
	void narrowingKeepsTheOrderAndScoresOfTheHitsThatRemain(String query) {
		int small = LuceneEvidenceSearch.stepsFrom;
		try {
			narrowingKeepsTheOrderAndScores(query);
			// the same with the separate steps of large indexes
			LuceneEvidenceSearch.stepsFrom = 0;
			narrowingKeepsTheOrderAndScores(query);
		}
		finally {
			LuceneEvidenceSearch.stepsFrom = small;
		}
	}

	private static void narrowingKeepsTheOrderAndScores(String query) {
		SearchResults everything = search.search(request(query, Map.of(), SortOrder.RELEVANCE, 1, 50));
		for (String centre : List.of("alpha", "beta", "gamma")) {
			SearchResults narrowed = search
				.search(request(query, Map.of(Facets.CENTRE, Set.of(centre)), SortOrder.RELEVANCE, 1, 50));
			List<SearchHit> expected = everything.hits()
				.stream()
				.filter((hit) -> hit.entry().centreId().equals(centre))
				.toList();
			assertThat(narrowed.total()).as("%s in %s", query, centre).isEqualTo(expected.size());
			assertThat(narrowed.hits()).extracting((hit) -> hit.entry().ref().toString(), SearchHit::score)
				.as("%s in %s", query, centre)
				.containsExactlyElementsOf(expected.stream()
					.map((hit) -> org.assertj.core.groups.Tuple.tuple(hit.entry().ref().toString(), hit.score()))
					.toList());
		}
	}

	@Test
	void narrowingIsCheckedOnQueriesThatMatchSeveralCentres() {
		assertThat(refs(search.search(request("people", Map.of(), SortOrder.RELEVANCE, 1, 50))))
			.anyMatch((ref) -> ref.startsWith("alpha/"))
			.anyMatch((ref) -> ref.startsWith("beta/"))
			.anyMatch((ref) -> ref.startsWith("gamma/"));
		assertThat(refs(search.search(request("behaviour school", Map.of(), SortOrder.RELEVANCE, 1, 50))))
			.anyMatch((ref) -> ref.startsWith("alpha/"))
			.anyMatch((ref) -> ref.startsWith("beta/"));
	}

	@Test
	void taxonomyFacetsIncludeNarrowerTerms() {
		SearchResults results = search
			.search(SearchRequest.of("").withFilter(Facets.CENTRE, "alpha").withFilter("alpha.phase", "secondary"));
		assertThat(refs(results)).containsExactlyInAnyOrder("alpha/feedback", "alpha/homework", "alpha/summer-schools");
		assertThat(results.facets().get("alpha.phase").values()).extracting(FacetValue::value, FacetValue::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("primary", 2L),
					org.assertj.core.groups.Tuple.tuple("secondary", 3L),
					org.assertj.core.groups.Tuple.tuple("key-stage-3", 1L));
	}

	@Test
	void unknownFiltersAreHarmless() {
		SearchResults results = search.search(SearchRequest.of("").withFilter(Facets.CENTRE, "nowhere"));
		assertThat(results.total()).isZero();
		assertThat(results.facets().get(Facets.CENTRE).values()).extracting(FacetValue::value, FacetValue::selected)
			.contains(org.assertj.core.groups.Tuple.tuple("nowhere", true));
		assertThat(search.search(SearchRequest.of("").withFilter("Not A Facet!", "x")).total()).isEqualTo(11);
	}

	@Test
	void sortsByEachOrderWithStableTies() {
		assertThat(refs(search.search(request("", Map.of(Facets.CENTRE, Set.of("alpha")), SortOrder.IMPACT, 1, 20))))
			.containsExactly("alpha/feedback", "alpha/tutoring", "alpha/homework", "alpha/summer-schools");
		assertThat(refs(search.search(request("", Map.of(), SortOrder.IMPACT, 1, 3)))).containsExactly("beta/cctv",
				"gamma/ng136", "beta/street-lighting");
		assertThat(refs(search.search(request("", Map.of(), SortOrder.TITLE, 1, 3)))).containsExactly("beta/cctv",
				"alpha/feedback", "gamma/ng103");
		assertThat(refs(search.search(request("", Map.of(), SortOrder.REVIEWED, 1, 2))))
			.containsExactly("alpha/tutoring", "beta/cctv");
		List<EvidenceEntry> byCost = search.search(request("", Map.of(), SortOrder.COST, 1, 20))
			.hits()
			.stream()
			.map(SearchHit::entry)
			.toList();
		assertThat(byCost.get(0).network().costBand()).isEqualTo(1);
		assertThat(byCost.get(byCost.size() - 1).network().costBand()).isNull();
		List<Integer> confidence = search.search(request("", Map.of(), SortOrder.CONFIDENCE, 1, 20))
			.hits()
			.stream()
			.map((hit) -> hit.entry().network().headline().confidence())
			.toList();
		assertThat(confidence).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(search.search(request("crime", Map.of(), SortOrder.TITLE, 1, 20)).hits())
			.allSatisfy((hit) -> assertThat(hit.score()).isZero());
	}

	@Test
	void equalTitlesOfTwoCentresSortByReferenceAndATitleBeforeItsLongerForms() {
		SearchFixture.MapContent alpha = SearchFixture.alpha();
		alpha.entry("feedback-plus", "Feedback plus", "More feedback.", "1", "1", "1", "phase: [primary]", "[]",
				"2020-01", "## What is it?\n\nFeedback and more.");
		SearchFixture.MapContent beta = SearchFixture.beta();
		beta.entry("feedback", "Feedback", "Feedback to offenders.", "1", "1", "1", "approach: [situational]", "[]",
				"2020-01", "## What is it?\n\nFeedback on behaviour.");
		try (LuceneEvidenceSearch titles = new LuceneEvidenceSearch(SearchFixture.catalogue(alpha, beta))) {
			assertThat(refs(titles.search(request("feedback", Map.of(), SortOrder.TITLE, 1, 3))))
				.containsExactly("alpha/feedback", "beta/feedback", "alpha/feedback-plus");
			assertThat(refs(titles.search(request("feedback", Map.of(), SortOrder.TITLE, 2, 2))))
				.containsExactly("alpha/feedback-plus");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "RELEVANCE", "CONFIDENCE", "COST", "IMPACT", "TITLE", "REVIEWED" })
	void pagesAreStableAndComplete(SortOrder sort) {
		List<String> all = refs(search.search(request("", Map.of(), sort, 1, 100)));
		List<String> paged = new ArrayList<>();
		for (int page = 1; page <= 4; page++) {
			SearchResults results = search.search(request("", Map.of(), sort, page, 3));
			assertThat(results.pages()).isEqualTo(4);
			paged.addAll(refs(results));
		}
		assertThat(paged).isEqualTo(all).hasSize(11);
		assertThat(new HashSet<>(paged)).hasSize(11);
		assertThat(search.search(request("", Map.of(), sort, 9, 3)).hits()).isEmpty();
	}

	@Test
	void suggestsSpellingWhenNothingIsFound() {
		SearchResults results = find("tutorng");
		assertThat(results.suggestion()).isEqualTo("tutoring");
		assertThat(refs(results)).startsWith("alpha/tutoring");
		assertThat(find("tutoring").suggestion()).isNull();
		assertThat(find("zzzzqqqq").total()).isZero();
	}

	@Test
	void suggestsTitlesAndTermsAsYouType() {
		assertThat(search.suggest("neighb", 5)).extracting(Suggestion::text).contains("Neighbourhood watch");
		assertThat(search.suggest("neighbor", 5)).extracting(Suggestion::text).contains("Neighbourhood watch");
		assertThat(search.suggest("hyper", 5)).extracting(Suggestion::text, Suggestion::kind)
			.contains(org.assertj.core.groups.Tuple.tuple("Hypertension", "term"),
					org.assertj.core.groups.Tuple.tuple("Hypertension in adults", "entry"));
		assertThat(search.suggest("light", 5)).extracting(Suggestion::entry)
			.contains(new EntryRef("beta", "street-lighting"));
		assertThat(search.suggest("", 5)).isEmpty();
		assertThat(search.suggest("t", 3)).hasSize(3);
	}

	@Test
	void relatedPutsExplicitLinksFirstThenOtherCentres() {
		List<EvidenceEntry> related = search.related(new EntryRef("alpha", "tutoring"), 4);
		assertThat(related).isNotEmpty();
		assertThat(related.get(0).ref()).isEqualTo(new EntryRef("beta", "mentoring"));
		assertThat(related).extracting((e) -> e.centreId()).doesNotContain("alpha");
		List<EvidenceEntry> cctv = search.related(new EntryRef("beta", "cctv"), 5);
		assertThat(cctv.get(0).ref()).isEqualTo(new EntryRef("beta", "street-lighting"));
		assertThat(cctv.subList(1, cctv.size())).allSatisfy((e) -> assertThat(e.centreId()).isNotEqualTo("beta"));
		assertThat(search.related(new EntryRef("beta", "missing"), 3)).isEmpty();
	}

	@Test
	void replaceSwapsAtomicallyWhileSearching() throws Exception {
		try (LuceneEvidenceSearch reloading = new LuceneEvidenceSearch(SearchFixture.catalogue())) {
			AtomicBoolean stop = new AtomicBoolean();
			AtomicReference<Throwable> failure = new AtomicReference<>();
			Set<Long> totals = java.util.concurrent.ConcurrentHashMap.newKeySet();
			Thread reader = new Thread(() -> {
				while (!stop.get()) {
					try {
						SearchResults results = reloading.search(SearchRequest.of(""));
						totals.add(results.total());
						assertThat(results.hits()).hasSize((int) results.total());
					}
					catch (Throwable ex) {
						failure.set(ex);
						return;
					}
				}
			});
			reader.start();
			for (int i = 0; i < 10; i++) {
				reloading
					.replace((i % 2 == 0) ? SearchFixture.catalogue(SearchFixture.alpha()) : SearchFixture.catalogue());
			}
			stop.set(true);
			reader.join();
			assertThat(failure.get()).isNull();
			assertThat(totals).isSubsetOf(4L, 11L);
			assertThat(reloading.search(SearchRequest.of("")).total()).isEqualTo(11);
			reloading.replace(SearchFixture.catalogue(SearchFixture.alpha()));
			assertThat(reloading.search(SearchRequest.of("cctv")).total()).isZero();
			assertThat(reloading.catalogue().centres()).hasSize(1);
		}
	}

	@Test
	void keepsTheIndexOnDiskWhenAsked(@TempDir Path folder) {
		try (LuceneEvidenceSearch onDisk = new LuceneEvidenceSearch(SearchFixture.catalogue(),
				SearchSettings.onDisk(folder))) {
			assertThat(refs(onDisk.search(SearchRequest.of("cctv")))).startsWith("beta/cctv");
			onDisk.replace(SearchFixture.catalogue(SearchFixture.alpha()));
			assertThat(onDisk.search(SearchRequest.of("")).total()).isEqualTo(4);
			assertThat(folder.toFile().list()).hasSize(1);
		}
	}

	@Test
	void closeLetsSearchesAlreadyRunningFinish() {
		LuceneEvidenceSearch closing = new LuceneEvidenceSearch(SearchFixture.catalogue());
		long total = closing.withSearcher((searcher) -> {
			// closed while this read holds the index: the slice executor stays up until
			// it
			// ends
			closing.close();
			if (Runtime.getRuntime().availableProcessors() > 1) {
				assertThat(closing.slicesShutDown()).isFalse();
			}
			try {
				return (long) searcher.count(new org.apache.lucene.search.MatchAllDocsQuery());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		assertThat(total).isEqualTo(11);
		assertThat(closing.slicesShutDown()).isTrue();
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> closing.search(SearchRequest.of("cctv")));
		closing.close();
	}

}
