package org.whatworks.core.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.RatingScale;

/**
 * The dated history of every entry's headline ratings and network band, read from the
 * {@code history.yaml} of each centre that keeps one (see docs/content-format.md). A
 * centre's content tests record each release's ratings there, so the history is known by
 * comparing each release's content with the previous one; this turns those records into
 * {@link RatingChange}s: the first record of an entry is its
 * {@link RatingChange.Kind#ADDED addition}, each later one a
 * {@link RatingChange.Kind#CHANGED change}. A centre without the file has no history: its
 * entries have no changes.
 */
public final class RatingHistory {

	private static final Comparator<RatingChange> NEWEST_FIRST = Comparator.comparing(RatingChange::date)
		.reversed()
		.thenComparing((change) -> change.entry().toString());

	private final List<RatingChange> changes;

	private final Map<EntryRef, List<RatingChange>> byEntry;

	private RatingHistory(List<RatingChange> changes) {
		this.changes = changes.stream().sorted(NEWEST_FIRST).toList();
		Map<EntryRef, List<RatingChange>> grouped = new LinkedHashMap<>();
		this.changes
			.forEach((change) -> grouped.computeIfAbsent(change.entry(), (ref) -> new ArrayList<>()).add(change));
		grouped.replaceAll((ref, list) -> List.copyOf(list));
		this.byEntry = grouped;
	}

	/**
	 * The history of every centre of a catalogue.
	 * @param catalogue the catalogue
	 * @return its history
	 */
	public static RatingHistory of(EvidenceCatalogue catalogue) {
		List<RatingChange> changes = new ArrayList<>();
		for (LoadedCentre centre : catalogue.centres()) {
			centre.history()
				.forEach((entryId, records) -> changes
					.addAll(changes(new EntryRef(centre.id(), entryId), records, centre.definition())));
		}
		return new RatingHistory(changes);
	}

	/** Every change, newest first. */
	public List<RatingChange> changes() {
		return this.changes;
	}

	/**
	 * The changes dated on or after a day, newest first.
	 * @param since the first day
	 * @return the changes
	 */
	public List<RatingChange> since(LocalDate since) {
		return this.changes.stream().filter((change) -> !change.date().isBefore(since)).toList();
	}

	/**
	 * One entry's changes, newest first; empty when its centre keeps no history.
	 * @param entry the entry
	 * @return its changes
	 */
	public List<RatingChange> of(EntryRef entry) {
		return this.byEntry.getOrDefault(entry, List.of());
	}

	static List<RatingChange> changes(EntryRef entry, List<RatingRecord> records, CentreDefinition definition) {
		List<RatingChange> changes = new ArrayList<>();
		RatingRecord previous = null;
		for (RatingRecord record : records) {
			if (previous == null) {
				changes.add(new RatingChange(entry, record.date(), RatingChange.Kind.ADDED, List.of(), null,
						ratings(record, definition), record.band()));
			}
			else if (!record.sameAs(previous)) {
				changes.add(new RatingChange(entry, record.date(), RatingChange.Kind.CHANGED,
						ratings(previous, definition), previous.band(), ratings(record, definition), record.band()));
			}
			previous = record;
		}
		return changes;
	}

	private static List<RatingChange.Rating> ratings(RatingRecord record, CentreDefinition definition) {
		List<RatingChange.Rating> ratings = new ArrayList<>();
		record.ratings().forEach((scaleId, value) -> {
			RatingScale scale = definition.scale(scaleId).orElse(null);
			if (scale == null) {
				ratings.add(new RatingChange.Rating(scaleId, scaleId, value, value));
				return;
			}
			StringBuilder label = new StringBuilder(HeadlineRatings.label(scale, value));
			record.qualifiers()
				.getOrDefault(scaleId, List.of())
				.forEach((code) -> label.append(' ').append(scale.qualifier(code).map((q) -> q.label()).orElse(code)));
			ratings.add(new RatingChange.Rating(scaleId, scale.name(), value, label.toString()));
		});
		return ratings;
	}

}
