package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Finding;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.standard.CrosswalkRule;
import org.whatworks.core.standard.NetworkStandard;

/**
 * The one account of "how we compared this": which of a finding's native ratings matched
 * which crosswalk rule, and what each rule set on the network standard. Every channel
 * that explains a band (the entry page, the API) reads it from here, so the explanation
 * always follows the rules core applied.
 *
 * <p>
 * Steps come in the order core applies them: the entry's ratings, then the finding's (a
 * finding's value overrides the entry's), then the qualifiers; a later step that sets the
 * same value wins. An unrated centre has no steps.
 */
public final class BandExplanation {

	/**
	 * One step: a native value, the rule it matched, and what that rule set.
	 *
	 * @param scaleName the native scale's name
	 * @param value the native value's label, or a qualifier's label
	 * @param rule what the rule matches, such as "level 4", "1 to 12" or "qualifier
	 * mixed"
	 * @param sets what the rule set, such as "effect: Positive, confidence: Strong (4 of
	 * 5)"
	 */
	public record Step(String scaleName, String value, String rule, String sets) {
	}

	private BandExplanation() {
	}

	/**
	 * How the crosswalk turned a finding's native values into its network effect and
	 * confidence.
	 * @param entry the entry
	 * @param finding one of its findings
	 * @param definition its centre's definition
	 * @return the steps, in the order applied; empty when the centre is not rated
	 */
	public static List<Step> of(EvidenceEntry entry, Finding finding, CentreDefinition definition) {
		List<Step> steps = new ArrayList<>();
		if (!definition.centre().rated()) {
			return steps;
		}
		for (Map<String, String> ratings : List.of(entry.ratings(), finding.ratings())) {
			for (RatingScale scale : definition.scales()) {
				String value = ratings.get(scale.id());
				CrosswalkRule rule = (value != null) ? definition.crosswalk().match(scale, value) : null;
				if (rule != null && (rule.effect() != null || rule.confidence() != null)) {
					List<String> sets = new ArrayList<>();
					if (rule.effect() != null) {
						sets.add("effect: " + rule.effect().label());
					}
					if (rule.confidence() != null) {
						sets.add("confidence: " + confidence(rule.confidence()));
					}
					steps.add(new Step(scale.name(), HeadlineRatings.label(scale, value), rule.describeMatch(),
							String.join(", ", sets)));
				}
			}
		}
		for (Map<String, List<String>> qualifiers : List.of(entry.qualifiers(), finding.qualifiers())) {
			qualifiers.forEach((scaleId, codes) -> definition.scale(scaleId).ifPresent((scale) -> {
				for (String code : codes) {
					CrosswalkRule rule = definition.crosswalk().qualifierRule(scaleId, code);
					String label = scale.qualifier(code).map((qualifier) -> qualifier.label()).orElse(code);
					steps.add(new Step(scale.name(), label, "qualifier " + code,
							(rule == null) ? "nothing: shown beside the rating only" : sets(rule)));
				}
			}));
		}
		return steps;
	}

	/**
	 * How the entry's network cost band was found: the last entry-level rating whose rule
	 * sets a cost band.
	 * @param entry the entry
	 * @param definition its centre's definition
	 * @return the step, or empty when no rating sets a cost band
	 */
	public static Optional<Step> cost(EvidenceEntry entry, CentreDefinition definition) {
		Step result = null;
		for (RatingScale scale : definition.scales()) {
			String value = entry.ratings().get(scale.id());
			CrosswalkRule rule = (value != null) ? definition.crosswalk().match(scale, value) : null;
			if (rule != null && rule.costBand() != null) {
				result = new Step(scale.name(), HeadlineRatings.label(scale, value), rule.describeMatch(), "cost band: "
						+ NetworkStandard.costBandLabel(rule.costBand()) + " (" + rule.costBand() + " of 5)");
			}
		}
		return Optional.ofNullable(result);
	}

	/**
	 * What a crosswalk rule sets, in words, such as "effect Positive, strength of
	 * evidence Strong (4 of 5)".
	 * @param rule the rule
	 * @return the words; empty when the rule sets nothing
	 */
	public static String sets(CrosswalkRule rule) {
		List<String> sets = new ArrayList<>();
		if (rule.effect() != null) {
			sets.add("effect " + rule.effect().label());
		}
		if (rule.confidence() != null) {
			sets.add("strength of evidence " + confidence(rule.confidence()));
		}
		if (rule.costBand() != null) {
			sets.add("cost band " + NetworkStandard.costBandLabel(rule.costBand()) + " (" + rule.costBand() + " of 5)");
		}
		return String.join(", ", sets);
	}

	/**
	 * A confidence with its number, such as "Strong (4 of 5)".
	 * @param confidence 1-5, or null
	 * @return the words
	 */
	public static String confidence(Integer confidence) {
		return (confidence != null) ? NetworkStandard.confidenceLabel(confidence) + " (" + confidence + " of 5)"
				: NetworkStandard.confidenceLabel(null);
	}

}
