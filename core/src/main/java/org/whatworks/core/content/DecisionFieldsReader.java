package org.whatworks.core.content;

import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.whatworks.core.model.Centre;
import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.Cost;
import org.whatworks.core.model.EntryFit;
import org.whatworks.core.model.Implementation;
import org.whatworks.core.standard.DeliveryMode;
import org.whatworks.core.standard.NeedLevel;
import org.whatworks.core.standard.Setting;
import org.whatworks.core.standard.TermMapping;

import tools.jackson.databind.JsonNode;

/**
 * Reads the front matter a local decision needs: {@code implementation:}, {@code cost:}
 * and {@code fit:}. Each figure must come from the centre's own pages, like a rating.
 */
final class DecisionFieldsReader extends ContentFileReader {

	static final List<String> IMPLEMENTATION_FIELDS = List.of("format", "duration", "deliveredBy", "qualifications",
			"training", "manual", "licensed", "source");

	static final List<String> COST_FIELDS = List.of("amount", "unit", "priceYear", "includes", "source");

	static final List<String> FIT_FIELDS = List.of("setting", "need", "delivery", "evidenceFrom", "adapting");

	DecisionFieldsReader(ContentFileReader loading) {
		super(loading);
	}

	Implementation implementation(FieldReader in, JsonNode root, Centre centre) {
		JsonNode node = root.get("implementation");
		if (!in.isObject(node, "implementation", false)) {
			return null;
		}
		String at = "implementation";
		in.onlyFields(node, at, IMPLEMENTATION_FIELDS);
		int before = this.problems.size();
		String format = in.text(node, at, "format", false);
		String duration = in.text(node, at, "duration", false);
		String deliveredBy = in.text(node, at, "deliveredBy", false);
		String qualifications = in.text(node, at, "qualifications", false);
		String training = in.text(node, at, "training", false);
		Boolean manual = in.bool(node, at, "manual", false);
		Boolean licensed = in.bool(node, at, "licensed", false);
		URI source = centreSource(in, node, at, centre);
		if (format == null && duration == null && deliveredBy == null && qualifications == null && training == null
				&& manual == null && licensed == null && this.problems.size() == before) {
			in.problem(at, null, "says nothing about implementation",
					"one or more of " + String.join(", ", IMPLEMENTATION_FIELDS.subList(0, 7)));
		}
		if (this.problems.size() > before || source == null) {
			return null;
		}
		return new Implementation(format, duration, deliveredBy, qualifications, training, manual, licensed, source);
	}

	Cost cost(FieldReader in, JsonNode root, Centre centre) {
		JsonNode node = root.get("cost");
		if (!in.isObject(node, "cost", false)) {
			return null;
		}
		String at = "cost";
		in.onlyFields(node, at, COST_FIELDS);
		int before = this.problems.size();
		BigDecimal amount = amount(in, node);
		String unit = in.text(node, at, "unit", true);
		Integer priceYear = in.integer(node, at, "priceYear", true, 1990, 2100);
		String includes = in.text(node, at, "includes", false);
		URI source = centreSource(in, node, at, centre);
		if (this.problems.size() > before || amount == null || unit == null || priceYear == null || source == null) {
			return null;
		}
		return new Cost(amount, unit.strip(), priceYear, includes, source);
	}

	private BigDecimal amount(FieldReader in, JsonNode node) {
		JsonNode value = node.get("amount");
		if (value == null || value.isNull()) {
			in.problem("cost.amount", null, "missing required field", "an amount in pounds, such as 140 or 12.50");
			return null;
		}
		if (!value.isNumber()) {
			in.problem("cost.amount", FieldReader.scalar(value), "is not an amount in pounds",
					"a number without the £ sign or commas, such as 140 or 12.50");
			return null;
		}
		BigDecimal amount = value.decimalValue();
		if (amount.signum() < 0) {
			in.problem("cost.amount", FieldReader.scalar(value), "is negative", "zero or more");
			return null;
		}
		return amount;
	}

	private URI centreSource(FieldReader in, JsonNode node, String at, Centre centre) {
		URI source = in.url(node, at, "source", true);
		if (source != null && !centre.publishesRatingsAt(source)) {
			in.problem(at + ".source", source.toString(),
					"is not on a host where the centre publishes: a figure must be the centre's own",
					String.join(", ", centre.ratingHosts()) + " (centre.yaml ratingHosts)");
			return null;
		}
		return source;
	}

	/**
	 * The fit the entry's terms map to through the crosswalk, with what the entry adds.
	 */
	EntryFit fit(FieldReader in, JsonNode root, CentreDefinition definition, Map<String, List<String>> terms) {
		Set<Setting> settings = EnumSet.noneOf(Setting.class);
		Set<NeedLevel> needs = EnumSet.noneOf(NeedLevel.class);
		Set<DeliveryMode> deliveries = EnumSet.noneOf(DeliveryMode.class);
		terms.forEach((taxonomyId, ids) -> ids.forEach((termId) -> {
			TermMapping mapping = NetworkPositions.mapping(definition, taxonomyId, termId);
			if (mapping != null) {
				settings.addAll(mapping.settings());
				needs.addAll(mapping.needs());
				deliveries.addAll(mapping.deliveries());
			}
		}));
		String evidenceFrom = null;
		String adapting = null;
		JsonNode node = root.get("fit");
		if (in.isObject(node, "fit", false)) {
			in.onlyFields(node, "fit", FIT_FIELDS);
			settings.addAll(in.enumList(node, "fit", "setting", Setting.class));
			needs.addAll(in.enumList(node, "fit", "need", NeedLevel.class));
			deliveries.addAll(in.enumList(node, "fit", "delivery", DeliveryMode.class));
			evidenceFrom = in.text(node, "fit", "evidenceFrom", false);
			adapting = in.text(node, "fit", "adapting", false);
		}
		return new EntryFit(settings, needs, deliveries, strip(evidenceFrom), strip(adapting));
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
