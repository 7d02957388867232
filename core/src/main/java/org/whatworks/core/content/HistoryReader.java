package org.whatworks.core.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.standard.EvidenceBand;

/**
 * Reads {@code history.yaml}: per entry id, the dated records of its headline ratings and
 * network band, oldest first. An entry whose ratings now differ from its last record, or
 * that has no record, is a warning telling the team how to record the release.
 */
final class HistoryReader extends ContentFileReader {

	private static final List<String> FIELDS = List.of("date", "ratings", "qualifiers", "band");

	private static final String EXAMPLE = "feedback:\n  - date: 2025-06-01\n    ratings: {impact: \"6\"}\n    band: PROMISING";

	HistoryReader(ContentFileReader loading) {
		super(loading);
	}

	Map<String, List<RatingRecord>> history(FieldReader in, CentreDefinition definition, List<EvidenceEntry> entries) {
		Map<String, List<RatingRecord>> history = new LinkedHashMap<>();
		JsonNode root = in.root();
		Map<String, EvidenceEntry> byId = new LinkedHashMap<>();
		entries.forEach((entry) -> byId.put(entry.id(), entry));
		if (!root.isNull() && !root.isObject()) {
			in.problem("", null, "must be a mapping from entry id to a list of dated records", EXAMPLE);
			return history;
		}
		if (root.isObject()) {
			for (String entryId : root.propertyNames()) {
				if (!byId.containsKey(entryId)) {
					in.problem(entryId, entryId, "is not an entry of this centre",
							"the id of an entry in entries/ (remove the records of an entry that was removed)");
					continue;
				}
				List<RatingRecord> records = records(in, entryId, root.get(entryId), definition);
				if (!records.isEmpty()) {
					history.put(entryId, records);
				}
			}
		}
		for (EvidenceEntry entry : entries) {
			List<RatingRecord> records = history.get(entry.id());
			RatingRecord now = RatingRecord.of(entry, definition, LocalDate.MIN);
			if (records == null) {
				this.warnings.add(new ContentProblem(this.centreId, in.file(), 0, entry.id(), null,
						"entry " + entry.file() + " has no record (" + now.describe() + ")",
						"record this release: run the centre's tests with -Dwhatworks.history.record=YYYY-MM-DD (docs/content-format.md)"));
			}
			else if (!records.get(records.size() - 1).sameAs(now)) {
				RatingRecord last = records.get(records.size() - 1);
				this.warnings.add(new ContentProblem(this.centreId, in.file(), in.line(entry.id()), entry.id(), null,
						"the headline of " + entry.file() + " is now " + now.describe() + " but the last record ("
								+ last.date() + ") has " + last.describe(),
						"record this release: run the centre's tests with -Dwhatworks.history.record=YYYY-MM-DD (docs/content-format.md)"));
			}
		}
		return history;
	}

	private List<RatingRecord> records(FieldReader in, String entryId, JsonNode node, CentreDefinition definition) {
		List<RatingRecord> records = new ArrayList<>();
		if (node == null || !node.isArray()) {
			in.problem(entryId, null, "must be a list of dated records", EXAMPLE);
			return records;
		}
		int index = 0;
		LocalDate previous = null;
		for (JsonNode item : node.values()) {
			String at = entryId + "[" + index++ + "]";
			if (!in.isObject(item, at, true)) {
				continue;
			}
			in.onlyFields(item, at, FIELDS);
			LocalDate date = in.date(item, at, "date", true);
			EvidenceBand band = in.enumValue(item, at, "band", EvidenceBand.class, true);
			Map<String, String> ratings = ratings(in, item, at, definition);
			Map<String, List<String>> qualifiers = qualifiers(in, item, at, definition);
			if (date == null || band == null) {
				continue;
			}
			if (previous != null && !date.isAfter(previous)) {
				in.problem(FieldReader.path(at, "date"), date.toString(), "is not after the record before it",
						"dates in order, oldest first, each after " + previous);
				continue;
			}
			previous = date;
			records.add(new RatingRecord(date, ratings, qualifiers, band));
		}
		return records;
	}

	private Map<String, String> ratings(FieldReader in, JsonNode item, String at, CentreDefinition definition) {
		Map<String, String> ratings = new LinkedHashMap<>();
		JsonNode node = item.get("ratings");
		String path = FieldReader.path(at, "ratings");
		if (node == null || node.isNull()) {
			return ratings;
		}
		if (!in.isObject(node, path, false)) {
			return ratings;
		}
		for (String scaleId : node.propertyNames()) {
			RatingScale scale = scale(in, FieldReader.path(path, scaleId), scaleId, definition);
			String value = in.text(node, path, scaleId, true);
			if (scale == null || value == null) {
				continue;
			}
			if (scale.hasLevels() && scale.level(value).isEmpty()) {
				in.problem(FieldReader.path(path, scaleId), value, "unknown level of scale '" + scaleId + "'",
						scale.levels().stream().map((level) -> level.code()).collect(Collectors.joining(", ")));
				continue;
			}
			ratings.put(scaleId, value);
		}
		return ratings;
	}

	private Map<String, List<String>> qualifiers(FieldReader in, JsonNode item, String at,
			CentreDefinition definition) {
		Map<String, List<String>> qualifiers = new LinkedHashMap<>();
		JsonNode node = item.get("qualifiers");
		String path = FieldReader.path(at, "qualifiers");
		if (node == null || node.isNull() || !in.isObject(node, path, false)) {
			return qualifiers;
		}
		for (String scaleId : node.propertyNames()) {
			RatingScale scale = scale(in, FieldReader.path(path, scaleId), scaleId, definition);
			List<String> codes = new ArrayList<>();
			for (JsonNode code : in.list(node, path, scaleId, true)) {
				String text = code.asString();
				if (scale != null && scale.qualifier(text).isEmpty()) {
					in.problem(FieldReader.path(path, scaleId), text, "unknown qualifier of scale '" + scaleId + "'",
							scale.qualifiers().stream().map((q) -> q.code()).collect(Collectors.joining(", ")));
					continue;
				}
				codes.add(text);
			}
			if (scale != null) {
				qualifiers.put(scaleId, codes);
			}
		}
		return qualifiers;
	}

	private static RatingScale scale(FieldReader in, String path, String scaleId, CentreDefinition definition) {
		RatingScale scale = definition.scale(scaleId).orElse(null);
		if (scale == null) {
			in.problem(path, scaleId, "unknown scale",
					definition.scales().stream().map(RatingScale::id).collect(Collectors.joining(", ")));
		}
		return scale;
	}

}
