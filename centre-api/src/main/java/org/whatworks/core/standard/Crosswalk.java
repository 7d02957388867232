package org.whatworks.core.standard;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.whatworks.core.model.RatingScale;

/**
 * How one centre maps its native ratings and taxonomy terms onto the network standard,
 * declared as data by the centre. For each scale the first matching rule wins.
 *
 * @param explanation "how we compared this", in plain words
 * @param scales rules per native scale id
 * @param unmapped scale ids the centre deliberately keeps outside the network standard
 * @param terms per taxonomy id, per term id, the network meaning of the term
 * @param qualifiers per scale id, per qualifier code, the rule that overrides the scale's
 * own rule when the qualifier is present (its effect and confidence, where set, win)
 */
public record Crosswalk(String explanation, Map<String, List<CrosswalkRule>> scales, Set<String> unmapped,
		Map<String, Map<String, TermMapping>> terms, Map<String, Map<String, CrosswalkRule>> qualifiers) {

	public Crosswalk {
		scales = Map.copyOf(scales);
		unmapped = Set.copyOf(unmapped);
		terms = Map.copyOf(terms);
		qualifiers = Map.copyOf(qualifiers);
	}

	/** A crosswalk that maps no qualifier. */
	public Crosswalk(String explanation, Map<String, List<CrosswalkRule>> scales, Set<String> unmapped,
			Map<String, Map<String, TermMapping>> terms) {
		this(explanation, scales, unmapped, terms, Map.of());
	}

	/** The rule of a scale's qualifier, or null if the qualifier is not mapped. */
	public @Nullable CrosswalkRule qualifierRule(String scaleId, String code) {
		Map<String, CrosswalkRule> byCode = this.qualifiers.get(scaleId);
		return (byCode != null) ? byCode.get(code) : null;
	}

	/** The rules of one scale, empty if it has none. */
	public List<CrosswalkRule> rules(String scaleId) {
		return this.scales.getOrDefault(scaleId, List.of());
	}

	/**
	 * The rule that applies to one native value: the first rule of the scale that the
	 * value matches. Levels match by code; numbers by range; a proportion "k/n" by its
	 * share k/n and its n. The content loader derives network ratings with it, and the
	 * site explains them with it ("how we compared this").
	 * @param scale the native scale
	 * @param value the native value as written, or null
	 * @return the rule, or null when none matches or the value is null or not a value of
	 * the scale's kind
	 */
	public @Nullable CrosswalkRule match(RatingScale scale, @Nullable String value) {
		if (value == null) {
			return null;
		}
		for (CrosswalkRule rule : rules(scale.id())) {
			boolean matches;
			try {
				matches = switch (scale.kind()) {
					case ORDINAL, CATEGORICAL -> rule.matchesLevel(value);
					case NUMERIC -> rule.matchesValue(Double.parseDouble(value), null);
					case PROPORTION -> {
						String[] parts = value.split("/");
						if (parts.length != 2) {
							yield false;
						}
						int k = Integer.parseInt(parts[0].strip());
						int n = Integer.parseInt(parts[1].strip());
						yield n > 0 && k >= 0 && k <= n && rule.matchesValue((double) k / n, n);
					}
				};
			}
			catch (RuntimeException ex) {
				return null;
			}
			if (matches) {
				return rule;
			}
		}
		return null;
	}

	/** The network meaning of a centre term, or null if the term is not mapped. */
	public @Nullable TermMapping mapping(String taxonomyId, String termId) {
		Map<String, TermMapping> byTerm = this.terms.get(taxonomyId);
		return (byTerm != null) ? byTerm.get(termId) : null;
	}

}
