package org.whatworks.core.content;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.standard.DeliveryMode;
import org.whatworks.core.standard.NeedLevel;
import org.whatworks.core.standard.Setting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front matter a local decision needs: implementation, cost in pounds and fit.
 */
class DecisionFieldsTests {

	private static final String FACTS = """
			implementation:
			  format: Group sessions in school
			  duration: 12 weekly sessions of one hour
			  deliveredBy: A trained teaching assistant
			  qualifications: None beyond the programme's training
			  training: Two days from the developer
			  manual: true
			  licensed: false
			  source: https://demo.example.org/tutoring/implementation
			cost:
			  amount: 140.50
			  unit: per pupil per year
			  priceYear: 2023
			  includes: training and materials
			  source: https://demo.example.org/tutoring/cost
			fit:
			  setting: [HOME]
			  need: TARGETED
			  evidenceFrom: Trials in England and the United States, in primary schools
			  adapting: Keep the group size; the centre says larger groups lose the effect.
			terms:
			  approach""";

	private static InMemoryContent withFacts(String from, String to) {
		InMemoryContent content = new InMemoryContent().replace("entries/tutoring.md", "terms:\n  approach", FACTS);
		return (from != null) ? content.replace("entries/tutoring.md", from, to) : content;
	}

	private static InMemoryContent mappedFit() {
		return new InMemoryContent().replace("crosswalk.yaml", "tutoring: { approach: TUTORING_AND_MENTORING }",
				"tutoring: { approach: TUTORING_AND_MENTORING, setting: SCHOOL, delivery: [GROUP] }");
	}

	@Test
	void implementationCostAndFitAreReadWithTheCrosswalksFitTerms() {
		InMemoryContent content = withFacts(null, null).replace("crosswalk.yaml",
				"tutoring: { approach: TUTORING_AND_MENTORING }",
				"tutoring: { approach: TUTORING_AND_MENTORING, setting: SCHOOL, delivery: [GROUP] }");
		EvidenceEntry tutoring = CentreLoader.load(content, "demo").entry("tutoring").orElseThrow();
		assertThat(tutoring.implementation().duration()).isEqualTo("12 weekly sessions of one hour");
		assertThat(tutoring.implementation().manual()).isTrue();
		assertThat(tutoring.implementation().licensed()).isFalse();
		assertThat(tutoring.implementation().readyToImplement()).isTrue();
		assertThat(tutoring.cost().amount()).isEqualByComparingTo(new BigDecimal("140.50"));
		assertThat(tutoring.cost().label()).isEqualTo("£140.50 per pupil per year (2023 prices)");
		assertThat(tutoring.fit().settings()).containsExactlyInAnyOrder(Setting.SCHOOL, Setting.HOME);
		assertThat(tutoring.fit().needs()).containsExactly(NeedLevel.TARGETED);
		assertThat(tutoring.fit().deliveries()).containsExactly(DeliveryMode.GROUP);
		assertThat(tutoring.fit().evidenceFrom()).startsWith("Trials in England");
		EvidenceEntry other = CentreLoader.load(content, "demo").entry("other").orElseThrow();
		assertThat(other.implementation()).isNull();
		assertThat(other.cost()).isNull();
		assertThat(other.fit().settings()).containsExactly(Setting.SCHOOL);
		assertThat(other.fit().evidenceFrom()).isNull();
	}

	@Test
	void anEntryWithoutTheFieldsHasNoFactsAndNoFit() {
		EvidenceEntry tutoring = CentreLoader.load(new InMemoryContent(), "demo").entry("tutoring").orElseThrow();
		assertThat(tutoring.implementation()).isNull();
		assertThat(tutoring.cost()).isNull();
		assertThat(tutoring.fit().isEmpty()).isTrue();
	}

	@Test
	void aWholeAmountIsShownWithoutPence() {
		EvidenceEntry tutoring = CentreLoader.load(withFacts("amount: 140.50", "amount: 1400"), "demo")
			.entry("tutoring")
			.orElseThrow();
		assertThat(tutoring.cost().label()).isEqualTo("£1,400 per pupil per year (2023 prices)");
	}

	@Test
	void badImplementationFieldsNameFileLineAndField() {
		assertProblem(withFacts("  manual: true", "  manual: sometimes"),
				"entries/tutoring.md:16: implementation.manual: must be true or false (found 'sometimes'); allowed: true or false");
		assertProblem(withFacts("  licensed: false", "  licensed: no-idea"),
				"entries/tutoring.md:17: implementation.licensed: must be true or false");
		assertProblem(withFacts("  format: Group sessions in school", "  format: [group]"),
				"entries/tutoring.md:11: implementation.format: must be a single value, not a list");
		assertProblem(withFacts("  duration: 12 weekly sessions of one hour", "  dosage: 12"),
				"entries/tutoring.md:12: implementation.dosage: unknown field 'dosage'; allowed: format, duration, deliveredBy, qualifications, training, manual, licensed, source");
		assertProblem(withFacts("  source: https://demo.example.org/tutoring/implementation\n", ""),
				"entries/tutoring.md:10: implementation.source: missing required field");
		assertProblem(
				withFacts("https://demo.example.org/tutoring/implementation", "https://somewhere-else.example.com/x"),
				"entries/tutoring.md:18: implementation.source: is not on a host where the centre publishes: a figure must be the centre's own (found 'https://somewhere-else.example.com/x'); allowed: demo.example.org");
		assertProblem(
				new InMemoryContent().replace("entries/tutoring.md", "terms:\n  approach",
						"implementation:\n  source: https://demo.example.org/x\nterms:\n  approach"),
				"entries/tutoring.md:10: implementation: says nothing about implementation");
		assertProblem(
				new InMemoryContent().replace("entries/tutoring.md", "terms:\n  approach",
						"implementation: yes\nterms:\n  approach"),
				"entries/tutoring.md:10: implementation: must be a mapping");
	}

	@Test
	void badCostFieldsNameFileLineAndField() {
		assertProblem(withFacts("amount: 140.50", "amount: £140"),
				"entries/tutoring.md:20: cost.amount: is not an amount in pounds (found '£140'); allowed: a number without the £ sign or commas");
		assertProblem(withFacts("amount: 140.50", "amount: -5"), "entries/tutoring.md:20: cost.amount: is negative");
		assertProblem(withFacts("  amount: 140.50\n", ""), "cost.amount: missing required field");
		assertProblem(withFacts("  unit: per pupil per year\n", ""),
				"entries/tutoring.md:19: cost.unit: missing required field");
		assertProblem(withFacts("priceYear: 2023", "priceYear: last year"),
				"entries/tutoring.md:22: cost.priceYear: is not a whole number (found 'last year'); allowed: a whole number from 1990 to 2100");
		assertProblem(withFacts("priceYear: 2023", "priceYear: 1850"), "cost.priceYear: is out of range");
		assertProblem(withFacts("  includes: training and materials", "  includes: [training]"),
				"entries/tutoring.md:23: cost.includes: must be a single value, not a list");
		assertProblem(withFacts("https://demo.example.org/tutoring/cost", "not a url"),
				"entries/tutoring.md:24: cost.source: is not a web address (found 'not a url')");
		assertProblem(withFacts("  includes: training and materials", "  currency: GBP"),
				"entries/tutoring.md:23: cost.currency: unknown field 'currency'; allowed: amount, unit, priceYear, includes, source");
	}

	@Test
	void badFitFieldsNameFileLineFieldAndTheAllowedCodes() {
		assertProblem(withFacts("setting: [HOME]", "setting: [GARDEN]"),
				"entries/tutoring.md:26: fit.setting[0]: is not a known value (found 'GARDEN'); allowed: SCHOOL, EARLY_YEARS_SETTING, HOME, COMMUNITY, HEALTH_SERVICE, POLICE_AND_JUSTICE, WORKPLACE, LOCAL_AREA");
		assertProblem(withFacts("need: TARGETED", "need: SOME"),
				"entries/tutoring.md:27: fit.need: is not a known value (found 'SOME'); allowed: UNIVERSAL, TARGETED, SPECIALIST");
		assertProblem(withFacts("  need: TARGETED", "  need: TARGETED\n  delivery: ONLINE"),
				"entries/tutoring.md:28: fit.delivery: is not a known value (found 'ONLINE'); allowed: INDIVIDUAL, GROUP, WHOLE_ORGANISATION, PLACE");
		assertProblem(withFacts("  need: TARGETED", "  country: UK"),
				"entries/tutoring.md:27: fit.country: unknown field 'country'; allowed: setting, need, delivery, evidenceFrom, adapting");
		assertProblem(
				withFacts("  evidenceFrom: Trials in England and the United States, in primary schools",
						"  evidenceFrom: { uk: 1 }"),
				"entries/tutoring.md:28: fit.evidenceFrom: must be a single value");
	}

	@Test
	void badFitTermsInTheCrosswalkAreReported() {
		assertProblem(mappedFit().replace("crosswalk.yaml", "setting: SCHOOL", "setting: CLASSROOM"),
				"crosswalk.yaml:23: terms.approach.tutoring.setting: is not a known value (found 'CLASSROOM'); allowed: SCHOOL, EARLY_YEARS_SETTING");
		assertProblem(mappedFit().replace("crosswalk.yaml", "delivery: [GROUP]", "delivery: [GROUP, CROWD]"),
				"terms.approach.tutoring.delivery[1]: is not a known value (found 'CROWD'); allowed: INDIVIDUAL, GROUP, WHOLE_ORGANISATION, PLACE");
		assertProblem(mappedFit().replace("crosswalk.yaml", "delivery: [GROUP]", "need: [MANY]"),
				"terms.approach.tutoring.need[0]: is not a known value (found 'MANY'); allowed: UNIVERSAL, TARGETED, SPECIALIST");
		assertProblem(mappedFit().replace("crosswalk.yaml", "delivery: [GROUP]", "place: [GROUP]"),
				"terms.approach.tutoring.place: unknown field 'place'; allowed: domain, lifeStage, approach, setting, need, delivery");
	}

	private static void assertProblem(InMemoryContent content, String expected) {
		assertThat(content.problems()).anySatisfy((problem) -> assertThat(problem).contains(expected));
	}

}
