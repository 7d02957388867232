package org.whatworks.core.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whatworks.core.plugin.ContentSource;

/**
 * A valid small centre held in memory, which tests break one file at a time.
 */
final class InMemoryContent implements ContentSource {

	static final String CENTRE = """
			id: demo
			contractVersion: 1
			name: Demo Centre
			shortName: DC
			topic: Demonstration
			remit: A centre that exists only in tests.
			website: https://demo.example.org/
			owner:
			  team: Demo team
			  email: demo@example.org
			headline: [impact, strength]
			outcomeTaxonomy: outcome
			costUnit: per person
			""";

	static final String SCALES = """
			- id: impact
			  name: Impact
			  kind: NUMERIC
			  unit: months
			  min: -12
			  max: 12
			  display: { icon: months, format: "{value} months" }
			- id: strength
			  name: Evidence strength
			  kind: ORDINAL
			  display: { icon: padlock, max: 2 }
			  levels:
			    - { code: "0", label: None }
			    - { code: "1", label: Some }
			    - { code: "2", label: Lots }
			- id: cost
			  name: Cost
			  kind: ORDINAL
			  levels:
			    - { code: "1", label: Cheap }
			    - { code: "2", label: Dear }
			- id: votes
			  name: Votes
			  kind: PROPORTION
			""";

	static final String TAXONOMIES = """
			- id: outcome
			  name: Outcome
			  terms:
			    - { id: attainment, label: Attainment }
			    - id: wellbeing
			      label: Wellbeing
			      children:
			        - { id: anxiety, label: Anxiety }
			- id: approach
			  name: Approach
			  terms:
			    - { id: tutoring, label: Tutoring, synonyms: [tuition] }
			- id: phase
			  name: Phase
			  terms:
			    - { id: primary, label: Primary }
			""";

	static final String CROSSWALK = """
			explanation: Months map to effect, strength to confidence.
			scales:
			  impact:
			    - { min: 1, effect: POSITIVE }
			    - { min: 0, max: 0, effect: NO_EFFECT }
			    - { max: -1, effect: NEGATIVE }
			  strength:
			    - { level: "0", confidence: 0 }
			    - { level: "1", confidence: 2 }
			    - { level: "2", confidence: 4 }
			  cost:
			    - { level: "1", costBand: 1 }
			    - { level: "2", costBand: 4 }
			  votes:
			    - { min: 0.6, minCount: 5, effect: POSITIVE, confidence: 3 }
			    - { min: 0.6, effect: POSITIVE, confidence: 1 }
			    - { max: 0.6, effect: MIXED, confidence: 2 }
			terms:
			  outcome:
			    attainment: { domain: EDUCATION_AND_SKILLS }
			    wellbeing: { domain: MENTAL_HEALTH_AND_WELLBEING }
			  approach:
			    tutoring: { approach: TUTORING_AND_MENTORING }
			  phase:
			    primary: { lifeStage: PRIMARY_AGE }
			""";

	static final String ENTRY = """
			---
			id: tutoring
			kind: strand
			title: Small group tutoring
			summary: Helps pupils a lot.
			ratings:
			  impact: 4
			  strength: "2"
			  cost: "1"
			terms:
			  approach: [tutoring]
			  phase: [primary]
			findings:
			  - outcome: attainment
			    ratings: { impact: 4 }
			  - outcome: anxiety
			    label: Anxious pupils
			    ratings: { impact: -1, strength: "1" }
			sources:
			  - { title: Demo source, url: "https://demo.example.org/tutoring" }
			related: [other]
			ratingSource:
			  url: https://demo.example.org/tutoring
			  seen: 2026-11-01
			provenance:
			  source: https://demo.example.org/tutoring
			  lastReviewed: 2024-06
			  status: current
			  verified: true
			  checked: 2026-11-01
			---
			## What is it?

			Tutoring in **small** groups.

			## Key findings

			1. It works.
			""";

	static final String OTHER = """
			---
			id: other
			kind: strand
			title: Another thing
			summary: Nobody knows.
			ratings: { strength: "0" }
			terms: { approach: [tutoring], phase: [primary] }
			findings:
			  - outcome: attainment
			sources:
			  - { title: Demo, url: "https://demo.example.org/other" }
			ratingSource:
			  url: https://demo.example.org/other
			  seen: 2026-11-01
			provenance:
			  source: https://demo.example.org/other
			  lastReviewed: 2023
			  status: current
			  verified: false
			---
			Text without a heading.
			""";

	private final Map<String, String> files = new LinkedHashMap<>();

	InMemoryContent() {
		this.files.put("centre.yaml", CENTRE);
		this.files.put("scales.yaml", SCALES);
		this.files.put("taxonomies.yaml", TAXONOMIES);
		this.files.put("crosswalk.yaml", CROSSWALK);
		this.files.put("synonyms.yaml", "- [tutoring, tuition, coaching]\n");
		this.files.put("entries/tutoring.md", ENTRY);
		this.files.put("entries/other.md", OTHER);
	}

	InMemoryContent with(String path, String text) {
		this.files.put(path, text);
		return this;
	}

	InMemoryContent replace(String path, String from, String to) {
		String text = this.files.get(path);
		if (!text.contains(from)) {
			throw new IllegalArgumentException(path + " has no '" + from + "'");
		}
		this.files.put(path, text.replace(from, to));
		return this;
	}

	/**
	 * The problems the loader reports for this content, as it prints them; fails the test
	 * if the content loads.
	 */
	List<String> problems() {
		return org.assertj.core.api.Assertions.assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> CentreLoader.load(this, "demo"))
			.actual()
			.problems()
			.stream()
			.map(ContentProblem::toString)
			.toList();
	}

	InMemoryContent without(String path) {
		this.files.remove(path);
		return this;
	}

	@Override
	public String describe() {
		return "memory";
	}

	@Override
	public List<String> list(String folder) {
		String prefix = folder + "/";
		return this.files.keySet()
			.stream()
			.filter((p) -> p.startsWith(prefix))
			.map((p) -> p.substring(prefix.length()))
			.sorted()
			.toList();
	}

	@Override
	public Optional<String> read(String path) {
		return Optional.ofNullable(this.files.get(path));
	}

}
