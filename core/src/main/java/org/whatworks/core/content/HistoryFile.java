package org.whatworks.core.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.whatworks.core.model.EvidenceEntry;

/**
 * Writes a centre's {@code history.yaml}: the small build step that records a release.
 * The content test kit runs it when a centre's tests are run with
 * {@code -Dwhatworks.history.record=YYYY-MM-DD}.
 */
public final class HistoryFile {

	/** The file's name in a centre's content folder. */
	public static final String NAME = "history.yaml";

	/** The system property that asks the content tests to record a release. */
	public static final String RECORD_PROPERTY = "whatworks.history.record";

	private static final String HEADER = """
			# The dated history of each entry's headline ratings and network band: one record
			# for each release that changed them. Do not edit by hand (except to correct a date);
			# record a release by running the centre's tests with
			#   -Dwhatworks.history.record=YYYY-MM-DD
			# See docs/content-format.md ("Rating history").
			""";

	private HistoryFile() {
	}

	/**
	 * The history of a centre with this release recorded: every record it has, plus a
	 * record dated {@code release} for each entry whose headline ratings or band differ
	 * from its last record or that has none. When the centre has no history yet, each
	 * entry's first record is dated when the centre last reviewed it instead.
	 * @param centre the loaded centre, with the history it has now
	 * @param release the release's date
	 * @return the new text of {@code history.yaml}
	 * @throws IllegalArgumentException if a changed entry's last record is not before the
	 * release date
	 */
	public static String record(LoadedCentre centre, LocalDate release) {
		boolean first = centre.history().isEmpty();
		Map<String, List<RatingRecord>> history = new TreeMap<>();
		centre.history().forEach((id, records) -> history.put(id, new ArrayList<>(records)));
		for (EvidenceEntry entry : centre.entries()) {
			List<RatingRecord> records = history.computeIfAbsent(entry.id(), (id) -> new ArrayList<>());
			LocalDate date = (first && entry.provenance().lastReviewed() != null) ? entry.provenance().lastReviewed()
					: release;
			RatingRecord now = RatingRecord.of(entry, centre.definition(), date);
			if (records.isEmpty()) {
				records.add(now);
			}
			else if (!records.get(records.size() - 1).sameAs(now)) {
				LocalDate last = records.get(records.size() - 1).date();
				if (!release.isAfter(last)) {
					throw new IllegalArgumentException("The release date " + release
							+ " must be after the last record of '" + entry.id() + "' (" + last + ")");
				}
				records.add(now);
			}
		}
		StringBuilder yaml = new StringBuilder(HEADER);
		history.forEach((id, records) -> {
			yaml.append(id).append(":\n");
			for (RatingRecord record : records) {
				yaml.append("  - date: ").append(record.date()).append('\n');
				if (!record.ratings().isEmpty()) {
					yaml.append("    ratings: {")
						.append(record.ratings()
							.entrySet()
							.stream()
							.map((e) -> e.getKey() + ": " + quoted(e.getValue()))
							.collect(Collectors.joining(", ")))
						.append("}\n");
				}
				if (!record.qualifiers().isEmpty()) {
					yaml.append("    qualifiers: {")
						.append(record.qualifiers()
							.entrySet()
							.stream()
							.map((e) -> e.getKey() + ": ["
									+ e.getValue().stream().map(HistoryFile::quoted).collect(Collectors.joining(", "))
									+ "]")
							.collect(Collectors.joining(", ")))
						.append("}\n");
				}
				yaml.append("    band: ").append(record.band().name()).append('\n');
			}
		});
		return yaml.toString();
	}

	private static String quoted(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
