package org.whatworks.core.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.standard.OutcomeDomain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class ApproachesTests {

	private static final String IMPLIED = "    - { level: \"2\", confidence: 4, criteria: { design: randomised, lastingEffect: yes } }\n";

	private static InMemoryContent content(String id) {
		return new InMemoryContent().replace("centre.yaml", "id: demo", "id: " + id)
			.replace("centre.yaml", "shortName: DC", "shortName: " + id.toUpperCase(Locale.ROOT))
			.replace("crosswalk.yaml", "    - { level: \"2\", confidence: 4 }\n", IMPLIED);
	}

	private static InMemoryContent sameAs(InMemoryContent content, String... refs) {
		return content.replace("entries/tutoring.md", "related: [other]\n",
				"related: [other]\nsameAs: [" + String.join(", ", refs) + "]\n");
	}

	private static InMemoryContent includes(InMemoryContent content, String... refs) {
		return content.replace("entries/tutoring.md", "related: [other]\n",
				"related: [other]\nincludes: [" + String.join(", ", refs) + "]\n");
	}

	private static Map<String, Supplier<LoadedCentre>> loaders(Map<String, InMemoryContent> contents) {
		Map<String, Supplier<LoadedCentre>> loaders = new LinkedHashMap<>();
		contents.forEach((id, content) -> loaders.put(id, () -> CentreLoader.load(content, id)));
		return loaders;
	}

	private static Map<String, InMemoryContent> centres(InMemoryContent one, InMemoryContent two,
			InMemoryContent three) {
		Map<String, InMemoryContent> contents = new LinkedHashMap<>();
		contents.put("one", one);
		contents.put("two", two);
		contents.put("three", three);
		return contents;
	}

	@Test
	void aSameAsToAMissingEntryFailsWithFileLineAndFieldAndIsHiddenUnderQuarantine() {
		Map<String, Supplier<LoadedCentre>> loaders = loaders(
				centres(content("one"), sameAs(content("two"), "one/missing"), content("three")));
		assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> EvidenceCatalogue.load(loaders, List.of(), OnError.FAIL))
			.withMessageContaining("two: entries/tutoring.md:22: sameAs[0]: sameAs names a missing entry: centre 'one' "
					+ "has no entry 'missing' (found 'one/missing'); allowed: <centre-id>/<entry-id> of an entry of "
					+ "another centre that covers the same approach");
		EvidenceCatalogue catalogue = EvidenceCatalogue.load(loaders, List.of(), OnError.QUARANTINE);
		assertThat(catalogue.warnings()).extracting(ContentProblem::message)
			.containsExactly("sameAs names a missing entry: centre 'one' has no entry 'missing'");
		assertThat(catalogue.approaches().all()).isEmpty();
	}

	@Test
	void aSameAsToAnEntryOfTheSameCentreIsRefusedByTheLoader() {
		assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> CentreLoader.load(sameAs(content("one"), "other"), "one"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(ContentProblem::toString)
				.containsExactly("one: entries/tutoring.md:22: sameAs[0]: sameAs links entries of different centres; "
						+ "an entry of this centre belongs under related (found 'other'); allowed: "
						+ "<centre-id>/<entry-id> of another centre"));
	}

	@Test
	void aCycleOfThreeIsOneApproachThatEveryMemberFinds() {
		EvidenceCatalogue catalogue = EvidenceCatalogue.load(loaders(centres(sameAs(content("one"), "two/tutoring"),
				sameAs(content("two"), "three/tutoring"), sameAs(content("three"), "one/tutoring"))), List.of(),
				OnError.FAIL);
		Approaches approaches = catalogue.approaches();
		assertThat(approaches.all()).hasSize(1);
		Approach approach = approaches.all().get(0);
		assertThat(approach.id()).isEqualTo("tutoring");
		assertThat(approach.members()).extracting((m) -> m.entry().ref().toString())
			.containsExactly("one/tutoring", "two/tutoring", "three/tutoring");
		for (String centre : List.of("one", "two", "three")) {
			assertThat(approaches.of(new EntryRef(centre, "tutoring"))).contains(approach);
		}
		assertThat(approaches.of(new EntryRef("one", "other"))).isEmpty();
		assertThat(approach.others(new EntryRef("two", "tutoring"))).extracting((m) -> m.centre().shortName())
			.containsExactly("ONE", "THREE");
		assertThat(approach.comparisons()).extracting(DomainComparison::domain)
			.containsExactly(OutcomeDomain.EDUCATION_AND_SKILLS, OutcomeDomain.MENTAL_HEALTH_AND_WELLBEING);
		DomainComparison attainment = approach.comparisons().get(0);
		assertThat(attainment.verdict()).isEqualTo(Verdict.AGREE);
		assertThat(attainment.rule())
			.isEqualTo("Agree: every centre that rates this outcome gives the same network band (Well supported).");
		assertThat(attainment.reasons()).isEmpty();
		assertThat(approach.verdict()).isEqualTo(Verdict.AGREE);
	}

	@Test
	void whenTheBandsDifferTheReasonsComeFromConfidenceAndTheCriteria() {
		InMemoryContent weaker = sameAs(content("two"), "one/tutoring").replace("entries/tutoring.md",
				"  strength: \"2\"\n", "  strength: \"1\"\n");
		EvidenceCatalogue catalogue = EvidenceCatalogue.load(loaders(centres(content("one"), weaker, content("three"))),
				List.of(), OnError.FAIL);
		Approach approach = catalogue.approaches().approach("tutoring").orElseThrow();
		DomainComparison attainment = approach.comparisons().get(0);
		assertThat(attainment.verdict()).isEqualTo(Verdict.DIFFER);
		assertThat(attainment.rule())
			.isEqualTo("Differ: the network bands are not the same (ONE: Well supported; TWO: Promising).");
		assertThat(attainment.reasons()).containsExactly(
				"Confidence in the evidence: ONE strong (4 of 5); TWO limited (2 of 5).",
				"Best study design: ONE randomised (implied by Evidence strength level 2 (Lots)); TWO not known.",
				"Lasting effect (12 months or more): ONE yes (implied by Evidence strength level 2 (Lots)); TWO not known.");
		assertThat(approach.verdict()).isEqualTo(Verdict.DIFFER);
		assertThat(catalogue.approaches().differing()).containsExactly(approach);
	}

	@Test
	void aMemberTheCentreDidNotRateMakesTheDomainNotComparable() {
		InMemoryContent unrated = sameAs(content("two"), "one/other");
		EvidenceCatalogue catalogue = EvidenceCatalogue.load(loaders(centres(
				content("one").replace("entries/other.md", "ratings: { strength: \"0\" }\n", "")
					.replace("entries/other.md",
							"ratingSource:\n  url: https://demo.example.org/other\n  seen: 2026-11-01\n", ""),
				unrated, content("three"))), List.of(), OnError.FAIL);
		Approach approach = catalogue.approaches().all().get(0);
		assertThat(approach.onlyOneRated()).isTrue();
		DomainComparison attainment = approach.comparisons().get(0);
		assertThat(attainment.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
		assertThat(attainment.rule()).isEqualTo("Not comparable: fewer than two centres rate this outcome. "
				+ "Not rated by ONE, so it cannot be compared.");
		assertThat(catalogue.approaches().withOnlyOneRated()).containsExactly(approach);
	}

	@Test
	void anIncludesToAMissingEntryFailsWithFileLineAndFieldAndIsHiddenUnderQuarantine() {
		Map<String, Supplier<LoadedCentre>> loaders = loaders(
				centres(content("one"), includes(content("two"), "one/missing"), content("three")));
		assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> EvidenceCatalogue.load(loaders, List.of(), OnError.FAIL))
			.withMessageContaining("two: entries/tutoring.md:22: includes[0]: includes names a missing entry: "
					+ "centre 'one' has no entry 'missing' (found 'one/missing'); allowed: " + ApproachLinks.ALLOWED);
		EvidenceCatalogue catalogue = EvidenceCatalogue.load(loaders, List.of(), OnError.QUARANTINE);
		assertThat(catalogue.warnings()).extracting(ContentProblem::message)
			.containsExactly("includes names a missing entry: centre 'one' has no entry 'missing'");
		assertThat(catalogue.approaches().all()).isEmpty();
	}

	@Test
	void anIncludesOfAnEntryOfTheSameCentreIsRefusedByTheLoader() {
		assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> CentreLoader.load(includes(content("one"), "other"), "one"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(ContentProblem::toString)
				.containsExactly("one: entries/tutoring.md:22: includes[0]: includes links entries of different "
						+ "centres; an entry of this centre belongs under related (found 'other'); allowed: "
						+ "<centre-id>/<entry-id> of another centre"));
	}

	@Test
	void anEntryBothSameAsAndIncludedIsRefusedByTheLoader() {
		InMemoryContent both = content("one").replace("entries/tutoring.md", "related: [other]\n",
				"related: [other]\nsameAs: [two/tutoring]\nincludes: [two/tutoring]\n");
		assertThatExceptionOfType(ContentValidationException.class).isThrownBy(() -> CentreLoader.load(both, "one"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(ContentProblem::toString)
				.containsExactly("one: entries/tutoring.md:23: includes[0]: is also listed under sameAs; an entry "
						+ "is either the same approach or one named part of this entry's broader subject, not both "
						+ "(found 'two/tutoring'); allowed: the entry under sameAs or under includes, not both"));
	}

	@Test
	void anIncludesOfAnEntryThatAnotherCentreLinksBySameAsIsRefused() {
		Map<String, Supplier<LoadedCentre>> loaders = loaders(centres(includes(content("one"), "two/tutoring"),
				sameAs(content("two"), "one/tutoring"), content("three")));
		assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> EvidenceCatalogue.load(loaders, List.of(), OnError.FAIL))
			.withMessageContaining("one: entries/tutoring.md:22: includes[0]: includes names an entry that sameAs "
					+ "already links to this one (directly or through other centres)");
	}

	@Test
	void anIncludesCycleFailsWithFileLineAndFieldOnEachSideAndIsIgnoredUnderQuarantine() {
		Map<String, Supplier<LoadedCentre>> loaders = loaders(centres(includes(content("one"), "two/tutoring"),
				includes(content("two"), "one/tutoring"), content("three")));
		assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> EvidenceCatalogue.load(loaders, List.of(), OnError.FAIL))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(ContentProblem::toString)
				.containsExactly(
						"one: entries/tutoring.md:22: includes[0]: includes forms a cycle: 'two/tutoring' includes "
								+ "this entry, directly or through other entries; an entry cannot be both broader and "
								+ "narrower than another (found 'two/tutoring'); allowed: " + ApproachLinks.ALLOWED,
						"two: entries/tutoring.md:22: includes[0]: includes forms a cycle: 'one/tutoring' includes "
								+ "this entry, directly or through other entries; an entry cannot be both broader and "
								+ "narrower than another (found 'one/tutoring'); allowed: " + ApproachLinks.ALLOWED));
		EvidenceCatalogue catalogue = EvidenceCatalogue.load(loaders, List.of(), OnError.QUARANTINE);
		assertThat(catalogue.approaches().all()).isEmpty();
	}

	@Test
	void anIncludesOfAnEntryThatItselfIncludesOthersIsRefused() {
		Map<String, Supplier<LoadedCentre>> loaders = loaders(centres(includes(content("one"), "two/tutoring"),
				includes(content("two"), "three/tutoring"), content("three")));
		assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> EvidenceCatalogue.load(loaders, List.of(), OnError.FAIL))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(ContentProblem::toString)
				.containsExactly("one: entries/tutoring.md:22: includes[0]: includes names an entry that itself "
						+ "includes other entries; includes goes one level, from a strand or guideline to a named "
						+ "programme (found 'two/tutoring'); allowed: " + ApproachLinks.ALLOWED));
	}

	@Test
	void aStrandThatIncludesAProgrammeIsOneApproachWhoseSharedDomainsAreNotComparable() {
		EvidenceCatalogue catalogue = EvidenceCatalogue.load(
				loaders(centres(content("one"), includes(content("two"), "one/tutoring"), content("three"))), List.of(),
				OnError.FAIL);
		assertThat(catalogue.approaches().all()).hasSize(1);
		Approach approach = catalogue.approaches().all().get(0);
		assertThat(approach.id()).isEqualTo("tutoring");
		assertThat(approach.hasBroaderMember()).isTrue();
		assertThat(approach.members()).extracting((m) -> m.entry().ref().toString(), ApproachMember::scope)
			.containsExactly(tuple("two/tutoring", ApproachScope.BROADER),
					tuple("one/tutoring", ApproachScope.NARROWER));
		ApproachMember programme = approach.member(new EntryRef("one", "tutoring")).orElseThrow();
		assertThat(programme.includedIn()).containsExactly(new EntryRef("two", "tutoring"));
		assertThat(programme.includes()).isEmpty();
		assertThat(approach.member(new EntryRef("two", "tutoring")).orElseThrow().includes())
			.containsExactly(new EntryRef("one", "tutoring"));
		assertThat(catalogue.approaches().of(new EntryRef("one", "tutoring"))).contains(approach);
		DomainComparison attainment = approach.comparisons().get(0);
		assertThat(attainment.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
		assertThat(attainment.rule()).isEqualTo("Not comparable: one centre rates a whole family of approaches, "
				+ "the other one named programme: the average of a strand is not a verdict on one programme "
				+ "(TWO, Small group tutoring (broader: the whole strand or guideline); ONE, Small group tutoring (one named programme)).");
		assertThat(attainment.reasons()).isEmpty();
		assertThat(approach.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
	}

	@Test
	void membersOfTheSameScopeAreStillComparedAndTheBroaderOneIsLeftOutInWords() {
		InMemoryContent weaker = sameAs(content("two"), "one/tutoring").replace("entries/tutoring.md",
				"  strength: \"2\"\n", "  strength: \"1\"\n");
		EvidenceCatalogue catalogue = EvidenceCatalogue.load(
				loaders(centres(content("one"), weaker, includes(content("three"), "one/tutoring"))), List.of(),
				OnError.FAIL);
		Approach approach = catalogue.approaches().all().get(0);
		assertThat(approach.members()).extracting((m) -> m.entry().ref().toString(), ApproachMember::scope)
			.containsExactly(tuple("three/tutoring", ApproachScope.BROADER),
					tuple("one/tutoring", ApproachScope.NARROWER), tuple("two/tutoring", ApproachScope.NARROWER));
		assertThat(approach.member(new EntryRef("two", "tutoring")).orElseThrow().includedIn())
			.containsExactly(new EntryRef("three", "tutoring"));
		DomainComparison attainment = approach.comparisons().get(0);
		assertThat(attainment.verdict()).isEqualTo(Verdict.DIFFER);
		assertThat(attainment.rule()).isEqualTo("Differ: the network bands are not the same (ONE: Well supported; "
				+ "TWO: Promising). Left out of this comparison: THREE, Small group tutoring (broader: the whole strand or "
				+ "guideline), because one centre rates a whole family of approaches, the other one named programme: "
				+ "the average of a strand is not a verdict on one programme.");
		assertThat(attainment.reasons()).isNotEmpty();
	}

}
