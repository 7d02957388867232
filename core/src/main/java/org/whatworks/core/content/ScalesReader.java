package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.whatworks.core.model.DisplayHint;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.ScaleKind;
import org.whatworks.core.model.ScaleLevel;
import org.whatworks.core.model.ScaleQualifier;

import tools.jackson.databind.JsonNode;

/**
 * Reads {@code scales.yaml}: the native rating scales, their levels and qualifiers.
 */
final class ScalesReader extends ContentFileReader {

	private static final List<String> SCALE_FIELDS = List.of("id", "name", "description", "kind", "display", "levels",
			"unit", "min", "max", "qualifiers");

	private static final List<String> LEVEL_FIELDS = List.of("code", "label", "description", "count");

	ScalesReader(ContentFileReader loading) {
		super(loading);
	}

	List<RatingScale> scales(FieldReader in) {
		List<RatingScale> scales = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		JsonNode root = in.root();
		if (!root.isArray()) {
			in.problem("", null, "must be a list of scales", "a YAML list; see docs/content-format.md");
			return scales;
		}
		int index = 0;
		for (JsonNode node : root.values()) {
			String at = "[" + index++ + "]";
			if (!in.isObject(node, at, true)) {
				continue;
			}
			in.onlyFields(node, at, SCALE_FIELDS);
			String id = in.id(node, at, "id", true);
			if (id != null && !ids.add(id)) {
				in.problem(at + ".id", id, "duplicate scale id", "an id not used by another scale");
			}
			String name = in.text(node, at, "name", true);
			ScaleKind kind = in.enumValue(node, at, "kind", ScaleKind.class, true);
			List<ScaleLevel> levels = new ArrayList<>();
			List<JsonNode> levelNodes = in.list(node, at, "levels",
					kind == ScaleKind.ORDINAL || kind == ScaleKind.CATEGORICAL);
			if ((kind == ScaleKind.NUMERIC || kind == ScaleKind.PROPORTION) && !levelNodes.isEmpty()) {
				in.problem(at + ".levels", null, "a " + kind + " scale has no levels", "min, max and unit instead");
			}
			Set<String> codes = new HashSet<>();
			for (int l = 0; l < levelNodes.size(); l++) {
				String lat = at + ".levels[" + l + "]";
				JsonNode levelNode = levelNodes.get(l);
				if (!in.isObject(levelNode, lat, true)) {
					continue;
				}
				in.onlyFields(levelNode, lat, LEVEL_FIELDS);
				String code = in.text(levelNode, lat, "code", true);
				if (code != null && !codes.add(code)) {
					in.problem(lat + ".code", code, "duplicate level code", "a code not used by another level");
				}
				String label = in.text(levelNode, lat, "label", true);
				Integer count = in.integer(levelNode, lat, "count", false, 0, 100);
				if (code != null && label != null) {
					levels.add(new ScaleLevel(code, label, in.text(levelNode, lat, "description", false),
							(count != null) ? count : l));
				}
			}
			DisplayHint display = new DisplayHint("text", null, null);
			JsonNode displayNode = node.get("display");
			if (in.isObject(displayNode, at + ".display", false)) {
				in.onlyFields(displayNode, at + ".display", List.of("icon", "max", "format"));
				String icon = in.text(displayNode, at + ".display", "icon", false);
				if (icon != null && !DisplayHint.ICONS.contains(icon)) {
					in.problem(at + ".display.icon", icon, "unknown icon", String.join(", ", DisplayHint.ICONS));
					icon = null;
				}
				display = new DisplayHint((icon != null) ? icon : "text",
						in.integer(displayNode, at + ".display", "max", false, 1, 20),
						in.text(displayNode, at + ".display", "format", false));
			}
			Double min = in.number(node, at, "min");
			Double max = in.number(node, at, "max");
			if (min != null && max != null && min > max) {
				in.problem(at + ".min", String.valueOf(min), "is greater than max", "min <= max");
			}
			List<ScaleQualifier> qualifiers = qualifiers(in, node, at, codes);
			if (id != null && name != null && kind != null) {
				scales.add(new RatingScale(id, name, in.text(node, at, "description", false), kind, levels, min, max,
						in.text(node, at, "unit", false), display, qualifiers));
			}
		}
		return scales;
	}

	List<ScaleQualifier> qualifiers(FieldReader in, JsonNode scale, String at, Set<String> levelCodes) {
		List<ScaleQualifier> qualifiers = new ArrayList<>();
		List<JsonNode> nodes = in.list(scale, at, "qualifiers", false);
		Set<String> codes = new HashSet<>();
		for (int q = 0; q < nodes.size(); q++) {
			String qat = at + ".qualifiers[" + q + "]";
			JsonNode node = nodes.get(q);
			if (!in.isObject(node, qat, true)) {
				continue;
			}
			in.onlyFields(node, qat, List.of("code", "label", "description"));
			String code = in.id(node, qat, "code", true);
			if (code != null && (!codes.add(code) || levelCodes.contains(code))) {
				in.problem(qat + ".code", code, "duplicate code: another qualifier or level of the scale uses it",
						"a code no level or other qualifier of this scale uses");
			}
			String label = in.text(node, qat, "label", true);
			if (code != null && label != null) {
				qualifiers.add(new ScaleQualifier(code, label, in.text(node, qat, "description", false)));
			}
		}
		return qualifiers;
	}

	static String levelCodes(RatingScale scale) {
		return String.join(", ", scale.levels().stream().map(ScaleLevel::code).toList());
	}

}
