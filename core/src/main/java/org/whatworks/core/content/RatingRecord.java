package org.whatworks.core.content;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.standard.EvidenceBand;

/**
 * One dated record of an entry's headline ratings and network band, as a centre's
 * {@code history.yaml} holds it: what the entry showed from that date on.
 *
 * @param date the date of the release that first showed these ratings
 * @param ratings the native headline values by scale id, in the centre's headline order;
 * empty when the centre did not rate the entry
 * @param qualifiers the qualifier codes by scale id, only for scales that have any
 * @param band the network band derived from the headline finding
 */
public record RatingRecord(LocalDate date, Map<String, String> ratings, Map<String, List<String>> qualifiers,
		EvidenceBand band) {

	public RatingRecord {
		ratings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
		Map<String, List<String>> copy = new LinkedHashMap<>();
		qualifiers.forEach((scale, codes) -> {
			if (!codes.isEmpty()) {
				copy.put(scale, List.copyOf(codes));
			}
		});
		qualifiers = java.util.Collections.unmodifiableMap(copy);
	}

	/**
	 * What an entry shows now, as a record of the given date.
	 * @param entry the entry
	 * @param definition its centre's definition
	 * @param date the date to give the record
	 * @return the record
	 */
	public static RatingRecord of(EvidenceEntry entry, CentreDefinition definition, LocalDate date) {
		Map<String, String> ratings = new LinkedHashMap<>();
		Map<String, List<String>> qualifiers = new LinkedHashMap<>();
		for (HeadlineRatings.Rating rating : HeadlineRatings.of(entry, definition)) {
			ratings.put(rating.scale().id(), rating.value());
			qualifiers.put(rating.scale().id(), rating.qualifiers().stream().map((q) -> q.code()).toList());
		}
		return new RatingRecord(date, ratings, qualifiers, entry.network().headline().band());
	}

	/** Whether this record shows the same ratings, qualifiers and band as another. */
	public boolean sameAs(RatingRecord other) {
		return this.ratings.equals(other.ratings) && this.qualifiers.equals(other.qualifiers)
				&& this.band == other.band;
	}

	/** The ratings and band in words, such as {@code verdict 1, band PROMISING}. */
	String describe() {
		StringBuilder text = new StringBuilder();
		this.ratings.forEach((scale, value) -> {
			text.append(scale).append(' ').append(value);
			this.qualifiers.getOrDefault(scale, List.of()).forEach((code) -> text.append(' ').append(code));
			text.append(", ");
		});
		return text.append("band ").append(this.band.name()).toString();
	}

}
