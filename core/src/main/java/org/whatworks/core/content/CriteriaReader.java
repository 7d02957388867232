package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.standard.CriteriaImplication;
import org.whatworks.core.standard.Criterion;
import org.whatworks.core.standard.CriterionAnswer;
import org.whatworks.core.standard.CrosswalkRule;
import org.whatworks.core.standard.EvidenceCriteria;
import org.whatworks.core.standard.Replication;
import org.whatworks.core.standard.StudyDesign;

import tools.jackson.databind.JsonNode;

/**
 * Reads the evidence criteria: what a crosswalk rule implies ({@code criteria:} on a
 * rule), what an entry or finding states ({@code criteria:} in front matter), and checks
 * that a stated value never contradicts what the native rating implies.
 */
final class CriteriaReader {

	static final List<String> STATED_FIELDS = List.of("design", "evaluations", "replication", "lastingEffect",
			"ukEvidence");

	static final List<String> IMPLIED_FIELDS = List.of("design", "minEvaluations", "maxEvaluations", "replication",
			"lastingEffect", "ukEvidence");

	private CriteriaReader() {
	}

	/** What a crosswalk rule's {@code criteria:} implies, or null when absent. */
	static CriteriaImplication implication(FieldReader in, JsonNode rule, String at) {
		JsonNode node = rule.get("criteria");
		String path = FieldReader.path(at, "criteria");
		if (!in.isObject(node, path, false)) {
			return null;
		}
		in.onlyFields(node, path, IMPLIED_FIELDS);
		Integer min = in.integer(node, path, "minEvaluations", false, 0, 100_000);
		Integer max = in.integer(node, path, "maxEvaluations", false, 0, 100_000);
		if (min != null && max != null && min > max) {
			in.problem(path + ".maxEvaluations", String.valueOf(max), "is less than minEvaluations (" + min + ")",
					"a number at least minEvaluations");
		}
		CriteriaImplication implication = new CriteriaImplication(
				in.enumValue(node, path, "design", StudyDesign.class, false), min, max,
				in.enumValue(node, path, "replication", Replication.class, false),
				answer(in, node, path, "lastingEffect"), answer(in, node, path, "ukEvidence"));
		if (implication.isEmpty()) {
			in.problem(path, null, "the criteria imply nothing", String.join(", ", IMPLIED_FIELDS));
		}
		return implication;
	}

	/** A stated criteria object: the values present, by criterion. */
	static Stated stated(FieldReader in, JsonNode parent, String at) {
		JsonNode node = parent.get("criteria");
		String path = FieldReader.path(at, "criteria");
		if (!in.isObject(node, path, false)) {
			return Stated.NONE;
		}
		in.onlyFields(node, path, STATED_FIELDS);
		return new Stated(in.enumValue(node, path, "design", StudyDesign.class, false),
				in.integer(node, path, "evaluations", false, 0, 100_000),
				in.enumValue(node, path, "replication", Replication.class, false),
				answer(in, node, path, "lastingEffect"), answer(in, node, path, "ukEvidence"), path);
	}

	static CriterionAnswer answer(FieldReader in, JsonNode parent, String path, String name) {
		JsonNode node = parent.get(name);
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isBoolean()) {
			return node.booleanValue() ? CriterionAnswer.YES : CriterionAnswer.NO;
		}
		return in.enumValue(parent, path, name, CriterionAnswer.class, false);
	}

	/**
	 * Resolves a finding's criteria: stated by the finding, else by its entry, else
	 * implied by the native ratings; a stated value that contradicts an implied one is a
	 * problem naming both.
	 */
	static EvidenceCriteria resolve(FieldReader in, CentreDefinition definition, Map<String, String> entryRatings,
			Map<String, String> findingRatings, Stated entry, Stated finding) {
		List<Implied> implied = new ArrayList<>();
		for (Map<String, String> ratings : List.of(entryRatings, findingRatings)) {
			for (RatingScale scale : definition.scales()) {
				String value = ratings.get(scale.id());
				CrosswalkRule rule = definition.crosswalk().match(scale, value);
				if (rule != null && rule.criteria() != null) {
					String level = scale.level(value)
						.map((l) -> " level " + l.code() + " (" + l.label() + ")")
						.orElse(" " + value);
					implied.add(new Implied(rule.criteria(), "implied by " + scale.name() + level));
				}
			}
		}
		Map<Criterion, String> basis = new EnumMap<>(Criterion.class);
		StudyDesign design = null;
		boolean designIsMinimum = false;
		Integer min = null;
		Integer max = null;
		Replication replication = null;
		CriterionAnswer lasting = null;
		CriterionAnswer uk = null;
		for (Implied i : implied) {
			CriteriaImplication c = i.implication();
			if (c.minDesign() != null && (design == null || c.minDesign().atLeast(design))) {
				design = c.minDesign();
				designIsMinimum = true;
				basis.put(Criterion.DESIGN, i.basis());
			}
			if (c.minEvaluations() != null && (min == null || c.minEvaluations() > min)) {
				min = c.minEvaluations();
				basis.put(Criterion.EVALUATIONS, i.basis());
			}
			if (c.maxEvaluations() != null && (max == null || c.maxEvaluations() < max)) {
				max = c.maxEvaluations();
				basis.put(Criterion.EVALUATIONS, i.basis());
			}
			if (c.replication() != null) {
				replication = c.replication();
				basis.put(Criterion.REPLICATION, i.basis());
			}
			if (c.lastingEffect() != null) {
				lasting = c.lastingEffect();
				basis.put(Criterion.LASTING_EFFECT, i.basis());
			}
			if (c.ukEvidence() != null) {
				uk = c.ukEvidence();
				basis.put(Criterion.UK_EVIDENCE, i.basis());
			}
		}
		Integer evaluations = null;
		for (Stated stated : List.of(entry, finding)) {
			if (stated.design() != null) {
				if (design != null && designIsMinimum && !stated.design().atLeast(design)) {
					contradiction(in, stated, Criterion.DESIGN, label(stated.design()), "at least " + label(design),
							basis.get(Criterion.DESIGN));
				}
				design = stated.design();
				designIsMinimum = false;
				basis.put(Criterion.DESIGN, stated.basis());
			}
			if (stated.evaluations() != null) {
				if ((min != null && stated.evaluations() < min) || (max != null && stated.evaluations() > max)) {
					String range = (min != null && max != null) ? min + " to " + max
							: (min != null) ? "at least " + min : "at most " + max;
					contradiction(in, stated, Criterion.EVALUATIONS, String.valueOf(stated.evaluations()), range,
							basis.get(Criterion.EVALUATIONS));
				}
				evaluations = stated.evaluations();
				basis.put(Criterion.EVALUATIONS, stated.basis());
			}
			if (stated.replication() != null) {
				if (replication != null && replication != Replication.UNKNOWN && stated.replication() != replication) {
					contradiction(in, stated, Criterion.REPLICATION, label(stated.replication()), label(replication),
							basis.get(Criterion.REPLICATION));
				}
				replication = stated.replication();
				basis.put(Criterion.REPLICATION, stated.basis());
			}
			if (stated.lastingEffect() != null) {
				if (lasting != null && lasting != CriterionAnswer.UNKNOWN && stated.lastingEffect() != lasting) {
					contradiction(in, stated, Criterion.LASTING_EFFECT, label(stated.lastingEffect()), label(lasting),
							basis.get(Criterion.LASTING_EFFECT));
				}
				lasting = stated.lastingEffect();
				basis.put(Criterion.LASTING_EFFECT, stated.basis());
			}
			if (stated.ukEvidence() != null) {
				if (uk != null && uk != CriterionAnswer.UNKNOWN && stated.ukEvidence() != uk) {
					contradiction(in, stated, Criterion.UK_EVIDENCE, label(stated.ukEvidence()), label(uk),
							basis.get(Criterion.UK_EVIDENCE));
				}
				uk = stated.ukEvidence();
				basis.put(Criterion.UK_EVIDENCE, stated.basis());
			}
		}
		if (design == null && basis.isEmpty() && evaluations == null && min == null && max == null) {
			return (replication == null && lasting == null && uk == null) ? EvidenceCriteria.UNKNOWN
					: new EvidenceCriteria(null, false, null, null, null, replication, lasting, uk, basis);
		}
		return new EvidenceCriteria(design, designIsMinimum, evaluations, (evaluations != null) ? null : min,
				(evaluations != null) ? null : max, replication, lasting, uk, basis);
	}

	private static void contradiction(FieldReader in, Stated stated, Criterion criterion, String said, String implied,
			String basis) {
		in.problem(stated.path() + "." + criterion.field(), said,
				"contradicts the native rating: the entry states " + criterion.field() + " " + said + ", but the "
						+ basis.replaceFirst("^implied by ", "") + " rating implies " + implied + " (crosswalk.yaml)",
				implied + ", or leave " + criterion.field() + " out");
	}

	private static String label(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	record Implied(CriteriaImplication implication, String basis) {
	}

	/** The criteria an entry or finding states; each part null when not stated. */
	record Stated(StudyDesign design, Integer evaluations, Replication replication, CriterionAnswer lastingEffect,
			CriterionAnswer ukEvidence, String path) {

		static final Stated NONE = new Stated(null, null, null, null, null, "criteria");

		String basis() {
			return this.path.startsWith("findings") ? "stated for this finding" : "stated by the entry";
		}

	}

}
