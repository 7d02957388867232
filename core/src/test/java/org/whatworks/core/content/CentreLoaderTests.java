package org.whatworks.core.content;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.Effect;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.OutcomeDomain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CentreLoaderTests {

	@Test
	void validContentLoadsWithNetworkRatingsDerivedThroughTheCrosswalk() {
		LoadedCentre centre = CentreLoader.load(new InMemoryContent(), "demo");
		EvidenceEntry tutoring = centre.entry("tutoring").orElseThrow();
		assertThat(tutoring.network().headline().effect()).isEqualTo(Effect.POSITIVE);
		assertThat(tutoring.network().headline().confidence()).isEqualTo(4);
		assertThat(tutoring.network().headline().band()).isEqualTo(EvidenceBand.WELL_SUPPORTED);
		assertThat(tutoring.findings().get(1).network().band()).isEqualTo(EvidenceBand.HARMFUL);
		assertThat(tutoring.network().costBand()).isEqualTo(1);
		assertThat(tutoring.network().domains()).containsExactlyInAnyOrder(OutcomeDomain.EDUCATION_AND_SKILLS,
				OutcomeDomain.MENTAL_HEALTH_AND_WELLBEING);
		assertThat(tutoring.network().lifeStages()).containsExactly(LifeStage.PRIMARY_AGE);
		assertThat(tutoring.network().approaches()).containsExactly(ApproachType.TUTORING_AND_MENTORING);
		assertThat(tutoring.sections()).extracting("heading").containsExactly("What is it?", "Key findings");
		assertThat(tutoring.sections().get(0).html()).contains("<strong>small</strong>");
		assertThat(centre.entry("other").orElseThrow().network().headline().band())
			.isEqualTo(EvidenceBand.INSUFFICIENT);
		assertThat(centre.entries()).extracting("title").containsExactly("Another thing", "Small group tutoring");
	}

	@Test
	void proportionRulesUseTheShareAndTheCount() {
		LoadedCentre centre = CentreLoader.load(new InMemoryContent().replace("entries/tutoring.md",
				"ratings: { impact: 4 }", "ratings: { votes: \"7/9\" }"), "demo");
		assertThat(centre.entry("tutoring").orElseThrow().headline().network().confidence()).isEqualTo(3);
		LoadedCentre few = CentreLoader.load(new InMemoryContent().replace("entries/tutoring.md",
				"ratings: { impact: 4 }", "ratings: { votes: \"3/4\" }"), "demo");
		assertThat(few.entry("tutoring").orElseThrow().headline().network().band())
			.isEqualTo(EvidenceBand.INSUFFICIENT);
	}

	@Test
	void unknownLevelNamesFileLineFieldAndAllowedLevels() {
		assertProblem(new InMemoryContent().replace("entries/tutoring.md", "strength: \"2\"", "strength: \"7\""),
				"demo: entries/tutoring.md:8: ratings.strength: unknown level of scale 'strength' (found '7'); allowed: 0, 1, 2");
	}

	@Test
	void unknownScaleIsReported() {
		assertProblem(new InMemoryContent().replace("entries/tutoring.md", "cost: \"1\"", "price: \"1\""),
				"entries/tutoring.md:9: ratings.price: unknown scale (found 'price'); allowed: impact, strength, cost, votes");
	}

	@Test
	void valueOutOfRangeIsReported() {
		assertProblem(new InMemoryContent().replace("entries/tutoring.md", "impact: 4\n", "impact: 40\n"),
				"entries/tutoring.md:7: ratings.impact: is out of range for scale 'impact' (found '40'); allowed: a number from -12 to 12");
	}

	@Test
	void unknownTaxonomyTermIsReported() {
		assertProblem(new InMemoryContent().replace("entries/tutoring.md", "phase: [primary]", "phase: [secondary]"),
				"entries/tutoring.md:12: terms.phase[0]: unknown term of taxonomy 'phase' (found 'secondary'); allowed: primary");
	}

	@Test
	void unknownOutcomeIsReported() {
		assertProblem(new InMemoryContent().replace("entries/tutoring.md", "outcome: attainment", "outcome: happiness"),
				"entries/tutoring.md:14: findings[0].outcome: unknown outcome: not a term of taxonomy 'outcome' (found 'happiness'); allowed: attainment, wellbeing, anxiety");
	}

	@Test
	void duplicateIdIsReported() {
		assertProblem(
				new InMemoryContent()
					.with("entries/copy.md",
							InMemoryContent.ENTRY.replace("id: tutoring", "id: copy")
								.replace("Small group", "Big group"))
					.replace("entries/copy.md", "id: copy", "id: tutoring"),
				"entries/tutoring.md:2: id: duplicate entry id: entries/copy.md uses it too (found 'tutoring')");
	}

	@Test
	void duplicateTitleIsReported() {
		assertProblem(new InMemoryContent().replace("entries/other.md", "title: Another thing",
				"title: Small group tutoring"), "title: duplicate title:");
	}

	@Test
	void missingRequiredFieldsAreAllReportedAtOnce() {
		ContentValidationException ex = load(
				new InMemoryContent().replace("entries/tutoring.md", "summary: Helps pupils a lot.\n", "")
					.replace("entries/tutoring.md", "  verified: true\n", ""));
		assertThat(ex.problems()).extracting(ContentProblem::toString)
			.contains("demo: entries/tutoring.md:2: summary: missing required field",
					"demo: entries/tutoring.md:24: provenance.verified: missing required field; allowed: true or false");
	}

	@Test
	void brokenRelatedReferenceWithinTheCentreIsReported() {
		assertProblem(new InMemoryContent().replace("entries/tutoring.md", "related: [other]", "related: [nothing]"),
				"entries/tutoring.md:21: related[0]: no entry of this centre has this id (found 'nothing')");
	}

	@Test
	void malformedYamlNamesTheLine() {
		assertProblem(new InMemoryContent().replace("entries/tutoring.md", "title: Small group tutoring",
				"title: [Small group tutoring"), "demo: entries/tutoring.md:");
		ContentValidationException ex = load(new InMemoryContent().with("scales.yaml", "- id: x\n  name: [\n"));
		assertThat(ex.problems().get(0).toString()).startsWith("demo: scales.yaml:").contains("malformed YAML");
	}

	@Test
	void nativeLevelWithoutCrosswalkMappingIsReported() {
		assertProblem(new InMemoryContent().replace("crosswalk.yaml", "    - { level: \"2\", costBand: 4 }\n", ""),
				"crosswalk.yaml:11: scales.cost: native level '2' of scale 'cost' has no mapping to the network standard (found '2')");
	}

	@Test
	void rawHtmlAndScriptInMarkdownAreRefused() {
		assertProblem(
				new InMemoryContent().replace("entries/tutoring.md", "1. It works.",
						"1. It works.\n\n<script>alert(1)</script>"),
				"entries/tutoring.md:40: body: raw HTML is not allowed in content; allowed: Markdown only");
		assertProblem(new InMemoryContent().replace("entries/tutoring.md", "Tutoring in", "Tutoring <b>bold</b> in"),
				"entries/tutoring.md:34: body: raw HTML is not allowed");
	}

	@Test
	void javascriptLinksAreReportedAndNeverRendered() {
		MarkdownRenderer.Rendered rendered = MarkdownRenderer
			.render("## Key findings\n\n1. It [works](javascript:alert(1)).", 3);
		assertThat(rendered.sections().get(0).html()).doesNotContain("javascript");
		assertThat(rendered.unsafeLinks()).containsExactly(new MarkdownRenderer.UnsafeLink(6, "javascript:alert(1)"));
	}

	@Test
	void unknownFieldIsReportedWithTheAllowedFields() {
		assertProblem(new InMemoryContent().replace("entries/tutoring.md", "kind: strand", "kind: strand\ncolour: red"),
				"entries/tutoring.md:4: colour: unknown field 'colour'; allowed: id, kind, title");
	}

	@Test
	void missingFileAndWrongCentreIdAreReported() {
		assertProblem(new InMemoryContent().without("crosswalk.yaml"), "demo: crosswalk.yaml: the file is missing");
		assertProblem(new InMemoryContent().replace("centre.yaml", "id: demo", "id: other"),
				"centre.yaml:1: id: does not match the id its plugin declares (found 'other'); allowed: demo");
	}

	@Test
	void idMustMatchFileName() {
		assertProblem(new InMemoryContent().replace("entries/other.md", "id: other", "id: elsewhere"),
				"entries/other.md:2: id: does not match the file name (found 'elsewhere'); allowed: other");
	}

	@Test
	void supersededEntryMustNameItsSuccessor() {
		assertProblem(new InMemoryContent().replace("entries/other.md", "status: current", "status: superseded"),
				"entries/other.md:15: provenance.supersededBy: a superseded entry must name the entry that replaces it");
	}

	@Test
	void everyProblemInEveryFileIsReportedInOnePass() {
		ContentValidationException ex = load(
				new InMemoryContent().replace("entries/tutoring.md", "strength: \"2\"", "strength: \"9\"")
					.replace("entries/other.md", "phase: [primary]", "phase: [nursery]")
					.replace("crosswalk.yaml", "domain: EDUCATION_AND_SKILLS", "domain: SCHOOLING"));
		assertThat(ex.problems()).hasSize(3);
		assertThat(ex.problems()).extracting(ContentProblem::file)
			.containsExactlyInAnyOrder("crosswalk.yaml", "entries/tutoring.md", "entries/other.md");
		assertThat(ex.getMessage()).contains("3 problem(s)");
	}

	@Test
	void aRatingWithoutItsPublishedSourceIsRefused() {
		assertProblem(
				new InMemoryContent().replace("entries/tutoring.md",
						"ratingSource:\n  url: https://demo.example.org/tutoring\n  seen: 2026-11-01\n", ""),
				"demo: entries/tutoring.md:6: ratings: a rating on the centre's scale needs ratingSource: where the centre published it and when we saw it; allowed: ratingSource: { url: <the centre's own page>, seen: YYYY-MM-DD");
	}

	@Test
	void aFindingRatingNeedsASourceToo() {
		InMemoryContent content = new InMemoryContent()
			.replace("entries/tutoring.md", "ratings:\n  impact: 4\n  strength: \"2\"\n  cost: \"1\"\n", "")
			.replace("entries/tutoring.md",
					"ratingSource:\n  url: https://demo.example.org/tutoring\n  seen: 2026-11-01\n", "");
		assertProblem(content,
				"entries/tutoring.md:11: findings[0].ratings: a rating on the centre's scale needs ratingSource");
	}

	@Test
	void aRatingSourceOffTheCentresOwnHostsIsRefused() {
		assertProblem(
				new InMemoryContent().replace("entries/tutoring.md", "url: https://demo.example.org/tutoring\n  seen",
						"url: https://journals.example.com/review\n  seen"),
				"entries/tutoring.md:23: ratingSource.url: is not on a host where the centre publishes its ratings: a rating on the centre's scale must be the centre's own (found 'https://journals.example.com/review'); allowed: demo.example.org");
		LoadedCentre declared = CentreLoader.load(new InMemoryContent()
			.replace("centre.yaml", "costUnit: per person",
					"costUnit: per person\nratingHosts: [demo.example.org, journals.example.com]")
			.replace("entries/tutoring.md", "url: https://demo.example.org/tutoring\n  seen",
					"url: https://www.journals.example.com/review\n  seen"),
				"demo");
		assertThat(declared.entry("tutoring").orElseThrow().ratingSource().url().getHost())
			.isEqualTo("www.journals.example.com");
	}

	@Test
	void aVerifiedEntryMustSayWhenItWasChecked() {
		assertProblem(new InMemoryContent().replace("entries/tutoring.md", "  checked: 2026-11-01\n", ""),
				"entries/tutoring.md:25: provenance.checked: a verified entry must say when it was checked against its source; allowed: checked: YYYY-MM-DD");
	}

	@Test
	void anEntryTheCentreDidNotRateIsNotRatedAndNeedsNoRatingSource() {
		InMemoryContent content = new InMemoryContent()
			.replace("entries/tutoring.md", "ratings:\n  impact: 4\n  strength: \"2\"\n  cost: \"1\"\n", "")
			.replace("entries/tutoring.md",
					"ratingSource:\n  url: https://demo.example.org/tutoring\n  seen: 2026-11-01\n", "")
			.replace("entries/tutoring.md", "    ratings: { impact: 4 }\n", "")
			.replace("entries/tutoring.md", "    ratings: { impact: -1, strength: \"1\" }\n", "");
		EvidenceEntry tutoring = CentreLoader.load(content, "demo").entry("tutoring").orElseThrow();
		assertThat(tutoring.ratedByCentre()).isFalse();
		assertThat(tutoring.ratingSource()).isNull();
		assertThat(tutoring.network().headline().band()).isEqualTo(EvidenceBand.NOT_RATED);
		assertThat(tutoring.findings()).allSatisfy((finding) -> assertThat(finding.ratingSource()).isNull());
	}

	@Test
	void theRatingSourceIsCarriedToEveryRatedFinding() {
		EvidenceEntry tutoring = CentreLoader.load(new InMemoryContent(), "demo").entry("tutoring").orElseThrow();
		assertThat(tutoring.ratingSource().url()).hasToString("https://demo.example.org/tutoring");
		assertThat(tutoring.ratingSource().seen()).hasToString("2026-11-01");
		assertThat(tutoring.findings())
			.allSatisfy((finding) -> assertThat(finding.ratingSource()).isEqualTo(tutoring.ratingSource()));
	}

	@Test
	void aQualifierMappedInTheCrosswalkChangesTheEffectAndKeepsTheConfidence() {
		InMemoryContent content = withMixedQualifier().replace("entries/tutoring.md", "terms:\n  approach",
				"qualifiers:\n  strength: [mixed]\nterms:\n  approach");
		EvidenceEntry tutoring = CentreLoader.load(content, "demo").entry("tutoring").orElseThrow();
		assertThat(tutoring.qualifiers("strength")).containsExactly("mixed");
		assertThat(tutoring.network().headline().effect()).isEqualTo(Effect.MIXED);
		assertThat(tutoring.network().headline().confidence()).isEqualTo(4);
		assertThat(tutoring.network().headline().band()).isEqualTo(EvidenceBand.MIXED);
		EvidenceEntry plain = CentreLoader.load(withMixedQualifier(), "demo").entry("tutoring").orElseThrow();
		assertThat(plain.network().headline().band()).isEqualTo(EvidenceBand.WELL_SUPPORTED);
	}

	@Test
	void unknownQualifiersAreReportedWithTheAllowedCodes() {
		assertProblem(
				withMixedQualifier().replace("entries/tutoring.md", "terms:\n  approach",
						"qualifiers:\n  strength: [starred]\nterms:\n  approach"),
				"entries/tutoring.md:11: qualifiers.strength[0]: unknown qualifier of scale 'strength' (found 'starred'); allowed: mixed");
		assertProblem(
				withMixedQualifier().replace("crosswalk.yaml", "strength: { mixed: { effect: MIXED } }",
						"strength: { starred: { effect: MIXED } }"),
				"qualifiers.strength.starred: unknown qualifier of scale 'strength' (found 'starred'); allowed: mixed");
		assertProblem(
				new InMemoryContent().replace("entries/tutoring.md", "terms:\n  approach",
						"qualifiers:\n  strength: [mixed]\nterms:\n  approach"),
				"qualifiers.strength[0]: unknown qualifier of scale 'strength' (found 'mixed'); allowed: none: the scale declares no qualifiers");
	}

	@Test
	void anEntryThatReplacesAnotherNeedsTheOtherMarkedSuperseded() {
		InMemoryContent content = new InMemoryContent().replace("entries/tutoring.md", "  checked: 2026-11-01\n",
				"  checked: 2026-11-01\n  replaces: [other]\n");
		assertProblem(content,
				"entries/tutoring.md:31: provenance.replaces[0]: the replaced entry is still shown as current: its successor is in the content (found 'other'); allowed: in entries/other.md: status: superseded, supersededBy: tutoring");
		LoadedCentre fixed = CentreLoader.load(
				content.replace("entries/other.md", "status: current", "status: superseded\n  supersededBy: tutoring"),
				"demo");
		assertThat(fixed.entry("tutoring").orElseThrow().provenance().replaces()).extracting("entryId")
			.containsExactly("other");
	}

	@Test
	void aByteOrderMarkAtTheStartOfAFileIsAccepted() {
		InMemoryContent content = new InMemoryContent();
		content.with("entries/tutoring.md", "\uFEFF" + content.read("entries/tutoring.md").orElseThrow())
			.with("centre.yaml", "\uFEFF" + InMemoryContent.CENTRE);
		assertThat(CentreLoader.load(content, "demo").entry("tutoring")).isPresent();
	}

	@Test
	void bidirectionalControlCharactersAreRefusedWithTheirField() {
		assertProblem(
				new InMemoryContent().replace("entries/tutoring.md", "title: Small group tutoring",
						"title: Small group \u202Egnirotut"),
				"entries/tutoring.md:4: title: holds a bidirectional control character, which can make text display as something else (found 'U+202E'); allowed: plain text without U+202A-U+202E or U+2066-U+2069");
		assertProblem(new InMemoryContent().replace("entries/tutoring.md", "Tutoring in", "Tutoring \u2067in"),
				"entries/tutoring.md:34: body: holds a bidirectional control character");
	}

	@Test
	void linksThatCouldRunScriptAreValidationProblems() {
		for (String address : List.of("javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "VBScript:msgbox")) {
			assertProblem(
					new InMemoryContent().replace("entries/tutoring.md", "Tutoring in",
							"[Tutoring](" + address + ") in"),
					"entries/tutoring.md:34: body: a link with a javascript:, data: or vbscript: address is not allowed in content");
		}
		assertThat(CentreLoader
			.load(new InMemoryContent().replace("entries/tutoring.md", "Tutoring in",
					"[Tutoring](https://demo.example.org/) in"), "demo")
			.entry("tutoring")).isPresent();
	}

	@Test
	void aFieldWrittenTwiceIsReportedWithItsLine() {
		assertProblem(
				new InMemoryContent().replace("entries/tutoring.md", "kind: strand\n", "kind: strand\nkind: review\n"),
				"demo: entries/tutoring.md:4: malformed YAML: field 'kind' is written twice; keep one");
	}

	private static InMemoryContent withMixedQualifier() {
		return new InMemoryContent().replace("scales.yaml", "    - { code: \"2\", label: Lots }\n",
				"    - { code: \"2\", label: Lots }\n  qualifiers:\n    - { code: mixed, label: \"*\", description: Some studies disagree. }\n")
			.replace("crosswalk.yaml", "explanation: Months map to effect, strength to confidence.\n",
					"explanation: Months map to effect, strength to confidence.\nqualifiers:\n  strength: { mixed: { effect: MIXED } }\n");
	}

	private static void assertProblem(InMemoryContent content, String expected) {
		List<String> problems = load(content).problems().stream().map(ContentProblem::toString).toList();
		assertThat(problems).anySatisfy((problem) -> assertThat(problem).contains(expected));
	}

	private static ContentValidationException load(InMemoryContent content) {
		return assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> CentreLoader.load(content, "demo"))
			.actual();
	}

}
