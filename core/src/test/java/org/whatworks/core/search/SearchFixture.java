package org.whatworks.core.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.whatworks.core.content.CentreLoader;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.OnError;
import org.whatworks.core.plugin.ContentSource;

/**
 * A small network of three centres held in memory for search tests: "alpha" (schools),
 * "beta" (crime) and "gamma" (health).
 */
final class SearchFixture {

	private SearchFixture() {
	}

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
			terms:
			%s
			""";

	static EvidenceCatalogue catalogue() {
		return catalogue(alpha(), beta(), gamma());
	}

	static EvidenceCatalogue catalogue(MapContent... centres) {
		Map<String, Supplier<LoadedCentre>> loaders = new LinkedHashMap<>();
		for (MapContent centre : centres) {
			loaders.put(centre.id, () -> CentreLoader.load(centre, centre.id));
		}
		return EvidenceCatalogue.load(loaders, List.of(), OnError.FAIL);
	}

	static MapContent alpha() {
		MapContent c = new MapContent("alpha", "Schools Evidence", "SE", "Education");
		c.put("taxonomies.yaml", """
				- id: outcome
				  name: Outcome
				  terms:
				    - { id: attainment, label: Attainment }
				    - { id: behaviour, label: Behaviour }
				- id: phase
				  name: Phase
				  terms:
				    - { id: primary, label: Primary, synonyms: [primary school, KS2] }
				    - id: secondary
				      label: Secondary
				      children:
				        - { id: key-stage-3, label: Key stage 3 }
				- id: approach
				  name: Approach
				  terms:
				    - { id: tutoring, label: Tutoring, synonyms: [tuition] }
				    - { id: feedback, label: Feedback }
				""");
		c.put("crosswalk.yaml", CROSSWALK.formatted("""
				  outcome:
				    attainment: { domain: EDUCATION_AND_SKILLS }
				    behaviour: { domain: MENTAL_HEALTH_AND_WELLBEING }
				  phase:
				    primary: { lifeStage: PRIMARY_AGE }
				    secondary: { lifeStage: SECONDARY_AGE }
				  approach:
				    tutoring: { approach: TUTORING_AND_MENTORING }
				    feedback: { approach: TEACHING_AND_CURRICULUM }
				""".indent(2)));
		c.put("synonyms.yaml", "- [TA, teaching assistant]\n- [SEL, social and emotional learning]\n");
		c.entry("tutoring", "Small group tutoring", "Teaching pupils in small groups helps them catch up.", "4", "2",
				"1", "approach: [tutoring]\n  phase: [primary]", "[beta/mentoring]", "2024-06",
				"## What is it?\n\nA teaching assistant or tutor works with two to five pupils in the neighbourhood school.\n\n"
						+ "## Key findings\n\nPupils make about four months of extra progress.");
		c.entry("feedback", "Feedback", "Telling pupils how they are doing and what to do next works well.", "6", "1",
				"2", "approach: [feedback]\n  phase: [key-stage-3]", "[]", "2023-01",
				"## What is it?\n\nInformation about a learner's performance, given by a teacher. The organisation of "
						+ "the programme matters. Behaviour improves too.");
		c.entry("homework", "Homework", "Homework in secondary school gives a small benefit; in primary none.", "0",
				"2", "1", "phase: [secondary]", "[]", "2022-03",
				"## What is it?\n\nTasks given to children and young people to complete outside lessons.");
		c.entry("summer-schools", "Summer schools", "Summer schools can set some children back.", "-1", "1", null,
				"phase: [primary, secondary]", "[]", "2021-07",
				"## What is it?\n\nLessons in the summer holidays, sometimes with social and emotional learning "
						+ "for ages 5 < 11 & up.");
		return c;
	}

	static MapContent beta() {
		MapContent c = new MapContent("beta", "Crime Reduction", "CR", "Crime");
		c.put("taxonomies.yaml", """
				- id: outcome
				  name: Outcome
				  terms:
				    - { id: crime, label: Crime }
				    - { id: reoffending, label: Reoffending, synonyms: [recidivism] }
				- id: crime-type
				  name: Crime type
				  terms:
				    - { id: asb, label: Antisocial behaviour, synonyms: [ASB, anti-social behaviour] }
				    - { id: burglary, label: Burglary }
				- id: approach
				  name: Approach
				  terms:
				    - { id: mentoring, label: Mentoring }
				    - { id: situational, label: Situational prevention }
				""");
		c.put("crosswalk.yaml", CROSSWALK.formatted("""
				  outcome:
				    crime: { domain: CRIME_AND_JUSTICE }
				    reoffending: { domain: CRIME_AND_JUSTICE }
				  approach:
				    mentoring: { approach: TUTORING_AND_MENTORING, lifeStage: YOUNG_ADULTS }
				    situational: { approach: SITUATIONAL_PREVENTION, lifeStage: PLACES_AND_AREAS }
				""".indent(2)));
		c.put("synonyms.yaml",
				"- [CCTV, closed-circuit television, security cameras]\n" + "- [neighbourhood watch, home watch]\n");
		c.entry("mentoring", "Mentoring",
				"Pairing young people at risk of offending with a mentor reduces " + "reoffending a little.", "2", "1",
				"2", "approach: [mentoring]\n  crime-type: [asb]", "[alpha/tutoring]", "2020-05",
				"## What is it?\n\nA trusted adult meets a young person regularly.");
		c.entry("cctv", "CCTV", "Cameras reduce vehicle crime in car parks, less so elsewhere.", "3", "2", "1",
				"approach: [situational]\n  crime-type: [burglary]", "[]", "2024-01",
				"## What is it?\n\nClosed-circuit television cameras watched by operators in a central control room.");
		c.entry("street-lighting", "Improved street lighting",
				"Brighter street lights reduce crime at night and " + "during the day.", "3", "2", "1",
				"approach: [situational]", "[cctv]", "2019-11",
				"## What is it?\n\nBetter lighting in streets and neighborhoods, with more behavior change at night.");
		c.entry("neighbourhood-watch", "Neighbourhood watch",
				"Residents who watch out for each other see less " + "burglary.", "1", "1", null,
				"crime-type: [burglary]", "[]", "2018-02",
				"## What is it?\n\nA group of residents looks out for suspicious activity on their street.");
		c.entry("scared-straight", "Scared Straight",
				"Taking young offenders on prison visits makes them " + "more likely to offend again.", "-3", "2", "1",
				"approach: [mentoring]", "[]", "2017-09",
				"## What is it?\n\nVisits to prison meant to deter youth from crime.");
		return c;
	}

	static MapContent gamma() {
		MapContent c = new MapContent("gamma", "Health Guidance", "HG", "Health");
		c.put("taxonomies.yaml", """
				- id: outcome
				  name: Outcome
				  terms:
				    - { id: health, label: Health }
				- id: condition
				  name: Condition
				  terms:
				    - { id: hypertension, label: Hypertension, synonyms: [high blood pressure] }
				    - { id: influenza-vaccination, label: Influenza vaccination, synonyms: [flu jab] }
				""");
		c.put("crosswalk.yaml", CROSSWALK.formatted("""
				  outcome:
				    health: { domain: PHYSICAL_HEALTH }
				""".indent(2)));
		c.put("synonyms.yaml", "- [GP, general practice]\n");
		c.entry("ng136", "Hypertension in adults", "Diagnose and manage raised pressure in adults.", "2", "2", "2",
				"condition: [hypertension]", "[]", "2023-11",
				"## Recommendations\n\nOffer ambulatory monitoring to confirm the diagnosis in a paediatric or adult "
						+ "clinic. Check pulse.");
		c.entry("ng103", "Flu vaccination: increasing uptake", "Ways to get more people vaccinated against flu.", "1",
				"1", "1", "condition: [influenza-vaccination]", "[]", "2022-08",
				"## Recommendations\n\nRemind older people and carers; offer the vaccine at the GP and at work.");
		return c;
	}

	/** A centre's files in memory. */
	static final class MapContent implements ContentSource {

		final String id;

		private final Map<String, String> files = new LinkedHashMap<>();

		MapContent(String id, String name, String shortName, String topic) {
			this.id = id;
			this.files.put("centre.yaml", """
					id: %s
					contractVersion: 1
					name: %s
					shortName: %s
					topic: %s
					remit: A centre that exists only in tests.
					website: https://%s.example.org/
					owner:
					  team: Test team
					  email: test@example.org
					headline: [impact, strength]
					outcomeTaxonomy: outcome
					costUnit: per person
					""".formatted(id, name, shortName, topic, id));
			this.files.put("scales.yaml", SCALES);
		}

		MapContent put(String path, String text) {
			this.files.put(path, text);
			return this;
		}

		MapContent entry(String entryId, String title, String summary, String impact, String strength, String cost,
				String terms, String related, String reviewed, String body) {
			String outcome = this.files.get("taxonomies.yaml").contains("id: attainment") ? "attainment"
					: this.files.get("taxonomies.yaml").contains("id: crime,") ? "crime" : "health";
			this.files.put("entries/" + entryId + ".md",
					"""
							---
							id: %s
							kind: strand
							title: "%s"
							summary: "%s"
							ratings:
							  impact: %s
							  strength: "%s"
							%s
							terms:
							  %s
							findings:
							  - outcome: %s
							    label: Everyone
							    note: "A finding note about %s."
							sources:
							  - { title: Source, url: "https://%s.example.org/%s" }
							related: %s
							ratingSource:
							  url: https://%s.example.org/%s
							  seen: 2026-11-01
							provenance:
							  source: https://%s.example.org/%s
							  lastReviewed: %s
							  status: current
							  verified: true
							  checked: 2026-11-01
							---
							%s
							""".formatted(entryId, title, summary, impact, strength,
							(cost != null) ? "  cost: \"" + cost + "\"" : "", terms, outcome, title.toLowerCase(),
							this.id, entryId, related, this.id, entryId, this.id, entryId, reviewed, body));
			return this;
		}

		@Override
		public String describe() {
			return "memory:" + this.id;
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

}
