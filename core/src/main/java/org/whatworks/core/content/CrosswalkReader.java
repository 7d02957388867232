package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.ScaleLevel;
import org.whatworks.core.model.ScaleQualifier;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.CriteriaImplication;
import org.whatworks.core.standard.Crosswalk;
import org.whatworks.core.standard.CrosswalkRule;
import org.whatworks.core.standard.DeliveryMode;
import org.whatworks.core.standard.Effect;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.NeedLevel;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.core.standard.Setting;
import org.whatworks.core.standard.TermMapping;

import tools.jackson.databind.JsonNode;

/**
 * Reads {@code crosswalk.yaml}: how the centre maps onto the network standard.
 */
final class CrosswalkReader extends ContentFileReader {

	private static final List<String> RULE_FIELDS = List.of("level", "min", "max", "minCount", "effect", "confidence",
			"costBand", "criteria");

	CrosswalkReader(ContentFileReader loading) {
		super(loading);
	}

	Crosswalk crosswalk(FieldReader in, List<RatingScale> scales, List<Taxonomy> taxonomies) {
		JsonNode root = in.root();
		if (!in.isObject(root, "", true)) {
			return new Crosswalk("", Map.of(), Set.of(), Map.of());
		}
		in.onlyFields(root, "", List.of("explanation", "scales", "unmapped", "terms", "qualifiers"));
		String explanation = in.text(root, "", "explanation", true);
		Map<String, RatingScale> scalesById = new LinkedHashMap<>();
		scales.forEach((scale) -> scalesById.put(scale.id(), scale));
		String scaleIds = String.join(", ", scalesById.keySet());
		Set<String> unmapped = new LinkedHashSet<>(in.strings(root, "", "unmapped"));
		List<String> unmappedList = List.copyOf(unmapped);
		for (int i = 0; i < unmappedList.size(); i++) {
			if (!scalesById.containsKey(unmappedList.get(i))) {
				in.problem("unmapped[" + i + "]", unmappedList.get(i), "unknown scale", scaleIds);
			}
		}
		Map<String, List<CrosswalkRule>> rules = in.map(root, "", "scales", (at, node) -> {
			String scaleId = at.substring(at.lastIndexOf('.') + 1);
			RatingScale scale = scalesById.get(scaleId);
			if (scale == null) {
				in.problem(at, scaleId, "unknown scale", scaleIds);
				return null;
			}
			return rules(in, at, node, scale);
		});
		for (RatingScale scale : scales) {
			if (!scale.hasLevels() || unmapped.contains(scale.id())) {
				continue;
			}
			List<CrosswalkRule> scaleRules = rules.getOrDefault(scale.id(), List.of());
			for (ScaleLevel level : scale.levels()) {
				if (scaleRules.stream().noneMatch((rule) -> rule.matchesLevel(level.code()))) {
					in.problem(rules.containsKey(scale.id()) ? "scales." + scale.id() : "scales", level.code(),
							"native level '" + level.code() + "' of scale '" + scale.id()
									+ "' has no mapping to the network standard",
							"add a rule { level: \"" + level.code() + "\", effect/confidence/costBand: ... }, or list '"
									+ scale.id() + "' under unmapped");
				}
			}
		}
		Map<String, Taxonomy> taxonomiesById = new LinkedHashMap<>();
		taxonomies.forEach((taxonomy) -> taxonomiesById.put(taxonomy.id(), taxonomy));
		Map<String, Map<String, TermMapping>> terms = in.map(root, "", "terms", (at, node) -> {
			String taxonomyId = at.substring(at.lastIndexOf('.') + 1);
			Taxonomy taxonomy = taxonomiesById.get(taxonomyId);
			if (taxonomy == null) {
				in.problem(at, taxonomyId, "unknown taxonomy", String.join(", ", taxonomiesById.keySet()));
				return null;
			}
			Map<String, TermMapping> byTerm = new LinkedHashMap<>();
			if (!in.isObject(node, at, true)) {
				return byTerm;
			}
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				String tat = at + "." + field.getKey();
				if (taxonomy.term(field.getKey()).isEmpty()) {
					in.problem(tat, field.getKey(), "unknown term of taxonomy '" + taxonomyId + "'",
							TaxonomiesReader.allowedTerms(taxonomy));
					continue;
				}
				JsonNode mapping = field.getValue();
				if (!in.isObject(mapping, tat, true)) {
					continue;
				}
				in.onlyFields(mapping, tat, List.of("domain", "lifeStage", "approach", "setting", "need", "delivery"));
				byTerm.put(field.getKey(),
						new TermMapping(in.enumList(mapping, tat, "domain", OutcomeDomain.class),
								in.enumList(mapping, tat, "lifeStage", LifeStage.class),
								in.enumList(mapping, tat, "approach", ApproachType.class),
								in.enumList(mapping, tat, "setting", Setting.class),
								in.enumList(mapping, tat, "need", NeedLevel.class),
								in.enumList(mapping, tat, "delivery", DeliveryMode.class)));
			}
			return byTerm;
		});
		Map<String, Map<String, CrosswalkRule>> qualifiers = in.map(root, "", "qualifiers", (at, node) -> {
			String scaleId = at.substring(at.lastIndexOf('.') + 1);
			RatingScale scale = scalesById.get(scaleId);
			if (scale == null) {
				in.problem(at, scaleId, "unknown scale", scaleIds);
				return null;
			}
			Map<String, CrosswalkRule> byCode = new LinkedHashMap<>();
			if (!in.isObject(node, at, true)) {
				return byCode;
			}
			String codes = String.join(", ", scale.qualifiers().stream().map(ScaleQualifier::code).toList());
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				String qat = at + "." + field.getKey();
				if (scale.qualifier(field.getKey()).isEmpty()) {
					in.problem(qat, field.getKey(), "unknown qualifier of scale '" + scaleId + "'",
							codes.isEmpty() ? "none: declare qualifiers on the scale in scales.yaml" : codes);
					continue;
				}
				JsonNode ruleNode = field.getValue();
				if (!in.isObject(ruleNode, qat, true)) {
					continue;
				}
				in.onlyFields(ruleNode, qat, List.of("effect", "confidence"));
				Effect effect = in.enumValue(ruleNode, qat, "effect", Effect.class, false);
				Integer confidence = in.integer(ruleNode, qat, "confidence", false, 0, 5);
				if (effect == null && confidence == null) {
					in.problem(qat, null, "the qualifier's rule sets nothing", "effect or confidence");
				}
				byCode.put(field.getKey(),
						new CrosswalkRule(field.getKey(), null, null, null, effect, confidence, null));
			}
			return byCode;
		});
		return new Crosswalk((explanation != null) ? explanation : "", rules, unmapped, terms, qualifiers);
	}

	List<CrosswalkRule> rules(FieldReader in, String at, JsonNode node, RatingScale scale) {
		List<CrosswalkRule> rules = new ArrayList<>();
		if (!node.isArray()) {
			in.problem(at, null, "must be a list of rules", "- { level: \"1\", confidence: 1 }");
			return rules;
		}
		int index = 0;
		for (JsonNode ruleNode : node.values()) {
			String rat = at + "[" + index++ + "]";
			if (!in.isObject(ruleNode, rat, true)) {
				continue;
			}
			in.onlyFields(ruleNode, rat, RULE_FIELDS);
			String level = in.text(ruleNode, rat, "level", false);
			Double min = in.number(ruleNode, rat, "min");
			Double max = in.number(ruleNode, rat, "max");
			Integer minCount = in.integer(ruleNode, rat, "minCount", false, 0, 1_000_000);
			if (scale.hasLevels()) {
				if (level == null) {
					in.problem(rat, null, "a rule for a " + scale.kind() + " scale needs a level",
							ScalesReader.levelCodes(scale));
				}
				else if (scale.level(level).isEmpty()) {
					in.problem(rat + ".level", level, "unknown level of scale '" + scale.id() + "'",
							ScalesReader.levelCodes(scale));
				}
			}
			else if (level != null) {
				in.problem(rat + ".level", level, "a " + scale.kind() + " scale has no levels", "min, max, minCount");
			}
			Effect effect = in.enumValue(ruleNode, rat, "effect", Effect.class, false);
			Integer confidence = in.integer(ruleNode, rat, "confidence", false, 0, 5);
			Integer costBand = in.integer(ruleNode, rat, "costBand", false, 1, 5);
			CriteriaImplication criteria = CriteriaReader.implication(in, ruleNode, rat);
			if (effect == null && confidence == null && costBand == null && !ruleNode.has("effect")
					&& !ruleNode.has("confidence") && !ruleNode.has("costBand") && !ruleNode.has("criteria")) {
				in.problem(rat, null, "the rule sets nothing", "effect, confidence, costBand or criteria");
			}
			rules.add(new CrosswalkRule(level, min, max, minCount, effect, confidence, costBand, criteria));
		}
		return rules;
	}

}
