package org.whatworks.core.content;

import org.junit.jupiter.api.Test;

import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BandExplanationTests {

	@Test
	void eachRatingThatSetsAValueIsAStepInTheOrderCoreAppliesThem() {
		LoadedCentre demo = CentreLoader.load(new InMemoryContent(), "demo");
		EvidenceEntry tutoring = demo.entry("tutoring").orElseThrow();
		Finding anxiety = tutoring.findings().get(1);
		assertThat(BandExplanation.of(tutoring, anxiety, demo.definition()))
			.extracting(BandExplanation.Step::scaleName, BandExplanation.Step::value, BandExplanation.Step::sets)
			.containsExactly(tuple("Impact", "+4 months", "effect: Positive"),
					tuple("Evidence strength", "Lots", "confidence: Strong (4 of 5)"),
					tuple("Impact", "-1 months", "effect: Negative"),
					tuple("Evidence strength", "Some", "confidence: Limited (2 of 5)"));
		// the finding's own values come last, so they are what the finding shows
		assertThat(anxiety.network().effect().label()).isEqualTo("Negative");
		assertThat(anxiety.network().confidence()).isEqualTo(2);
	}

	@Test
	void theCostBandComesFromTheRatingWhoseRuleSetsIt() {
		LoadedCentre demo = CentreLoader.load(new InMemoryContent(), "demo");
		EvidenceEntry tutoring = demo.entry("tutoring").orElseThrow();
		assertThat(BandExplanation.cost(tutoring, demo.definition())).hasValueSatisfying((step) -> {
			assertThat(step.scaleName()).isEqualTo("Cost");
			assertThat(step.value()).isEqualTo("Cheap");
			assertThat(step.sets()).startsWith("cost band: ").endsWith("(1 of 5)");
		});
		EvidenceEntry other = demo.entry("other").orElseThrow();
		assertThat(BandExplanation.cost(other, demo.definition())).isEmpty();
	}

	@Test
	void aQualifierIsAStepThatSaysWhatItChanged() {
		InMemoryContent content = new InMemoryContent().replace("scales.yaml", "    - { code: \"2\", label: Lots }\n",
				"    - { code: \"2\", label: Lots }\n  qualifiers:\n    - { code: mixed, label: \"*\", description: Some disagree. }\n")
			.replace("crosswalk.yaml", "explanation: Months map to effect, strength to confidence.\n",
					"explanation: Months map to effect, strength to confidence.\nqualifiers:\n  strength: { mixed: { effect: MIXED } }\n")
			.replace("entries/tutoring.md", "terms:\n  approach",
					"qualifiers:\n  strength: [mixed]\nterms:\n  approach");
		LoadedCentre demo = CentreLoader.load(content, "demo");
		EvidenceEntry tutoring = demo.entry("tutoring").orElseThrow();
		assertThat(BandExplanation.of(tutoring, tutoring.headline(), demo.definition())).last().satisfies((step) -> {
			assertThat(step.value()).isEqualTo("*");
			assertThat(step.rule()).isEqualTo("qualifier mixed");
			assertThat(step.sets()).isEqualTo("effect Mixed");
		});
	}

}
