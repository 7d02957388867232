package org.whatworks.core.content;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whatworks.core.model.Centre;
import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.RatingSource;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.ScaleQualifier;

import tools.jackson.databind.JsonNode;

/**
 * Reads the native ratings of an entry or finding, their qualifiers and where the centre
 * published them.
 */
final class RatingsReader extends ContentFileReader {

	private static final List<String> RATING_SOURCE_FIELDS = List.of("url", "seen", "shows");

	static final String RATING_WITHOUT_SOURCE = "a rating on the centre's scale needs ratingSource: where the centre published it and when we saw it";

	static final String RATING_SOURCE_FORM = "ratingSource: { url: <the centre's own page>, seen: YYYY-MM-DD, shows: <what it shows> }, or no rating (not rated by this centre)";

	RatingsReader(ContentFileReader loading) {
		super(loading);
	}

	RatingSource ratingSource(FieldReader in, JsonNode parent, String path, Centre centre) {
		JsonNode node = parent.get("ratingSource");
		String at = FieldReader.path(path, "ratingSource");
		if (!in.isObject(node, at, false)) {
			return null;
		}
		in.onlyFields(node, at, RATING_SOURCE_FIELDS);
		URI url = in.url(node, at, "url", true);
		LocalDate seen = in.date(node, at, "seen", true);
		String shows = in.text(node, at, "shows", false);
		if (url != null && !centre.publishesRatingsAt(url)) {
			in.problem(at + ".url", url.toString(),
					"is not on a host where the centre publishes its ratings: a rating on the centre's scale must be the centre's own",
					String.join(", ", centre.ratingHosts())
							+ " (centre.yaml ratingHosts); otherwise leave the entry not rated");
		}
		if (seen != null && seen.isAfter(LocalDate.now())) {
			in.problem(at + ".seen", seen.toString(), "is in the future", "the date the rating was seen");
		}
		return (url != null && seen != null) ? new RatingSource(url, seen, shows) : null;
	}

	Map<String, List<String>> qualifiers(FieldReader in, JsonNode parent, String path, Map<String, String> ratings,
			CentreDefinition definition) {
		Map<String, List<String>> qualifiers = new LinkedHashMap<>();
		in.map(parent, path, "qualifiers", (at, node) -> {
			String scaleId = at.substring(at.lastIndexOf('.') + 1);
			Optional<RatingScale> scale = definition.scale(scaleId);
			if (scale.isEmpty()) {
				in.problem(at, scaleId, "unknown scale",
						String.join(", ", definition.scales().stream().map(RatingScale::id).toList()));
				return null;
			}
			if (!ratings.containsKey(scaleId)) {
				in.problem(at, scaleId, "a qualifier needs a rating on the same scale beside it",
						"ratings." + scaleId + " at the same level");
			}
			List<String> codes = in.strings(parent.get("qualifiers"), FieldReader.path(path, "qualifiers"), scaleId);
			String allowed = String.join(", ", scale.get().qualifiers().stream().map(ScaleQualifier::code).toList());
			for (int i = 0; i < codes.size(); i++) {
				if (scale.get().qualifier(codes.get(i)).isEmpty()) {
					in.problem(at + "[" + i + "]", codes.get(i), "unknown qualifier of scale '" + scaleId + "'",
							allowed.isEmpty() ? "none: the scale declares no qualifiers" : allowed);
				}
			}
			qualifiers.put(scaleId, codes);
			return codes;
		});
		return qualifiers;
	}

	Map<String, String> ratings(FieldReader in, JsonNode parent, String path, String name,
			CentreDefinition definition) {
		Map<String, String> ratings = new LinkedHashMap<>();
		String scaleIds = String.join(", ", definition.scales().stream().map(RatingScale::id).toList());
		in.map(parent, path, name, (at, node) -> {
			String scaleId = at.substring(at.lastIndexOf('.') + 1);
			Optional<RatingScale> scale = definition.scale(scaleId);
			if (scale.isEmpty()) {
				in.problem(at, scaleId, "unknown scale", scaleIds);
				return null;
			}
			String value = FieldReader.scalar(node);
			if (value == null || node.isContainer()) {
				in.problem(at, value, "a rating is a single value", null);
				return null;
			}
			if (checkValue(in, at, scale.get(), value)) {
				ratings.put(scaleId, value);
			}
			return value;
		});
		return ratings;
	}

	boolean checkValue(FieldReader in, String at, RatingScale scale, String value) {
		switch (scale.kind()) {
			case ORDINAL, CATEGORICAL -> {
				if (scale.level(value).isEmpty()) {
					in.problem(at, value, "unknown level of scale '" + scale.id() + "'",
							ScalesReader.levelCodes(scale));
					return false;
				}
			}
			case NUMERIC -> {
				String range = "a number" + ((scale.min() != null) ? " from " + fmt(scale.min()) : "")
						+ ((scale.max() != null) ? " to " + fmt(scale.max()) : "");
				try {
					double number = Double.parseDouble(value);
					if ((scale.min() != null && number < scale.min())
							|| (scale.max() != null && number > scale.max())) {
						in.problem(at, value, "is out of range for scale '" + scale.id() + "'", range);
						return false;
					}
				}
				catch (NumberFormatException ex) {
					in.problem(at, value, "is not a number", range);
					return false;
				}
			}
			case PROPORTION -> {
				int[] parts = proportion(value);
				if (parts == null) {
					in.problem(at, value, "is not a proportion", "\"k/n\" with 0 <= k <= n and n > 0, e.g. \"7/9\"");
					return false;
				}
			}
		}
		return true;
	}

	static String fmt(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

	static int[] proportion(String value) {
		String[] parts = value.split("/");
		if (parts.length != 2) {
			return null;
		}
		try {
			int k = Integer.parseInt(parts[0].strip());
			int n = Integer.parseInt(parts[1].strip());
			return (n > 0 && k >= 0 && k <= n) ? new int[] { k, n } : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
