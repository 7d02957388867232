package org.whatworks.core.model;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.whatworks.core.standard.EvidenceCriteria;
import org.whatworks.core.standard.NetworkRating;

/**
 * What the evidence says about one outcome of an entry.
 *
 * @param outcome the id of a term in the centre's outcome taxonomy
 * @param label what the finding is about in words (such as "Primary pupils"), or null
 * @param ratings the native ratings behind this finding, by scale id
 * @param note one plain sentence on the finding, or null
 * @param network the finding's network rating, derived by core
 * @param qualifiers the centre's qualifiers on this finding's ratings, by scale id
 * @param ratingSource where the centre published this finding's ratings (the finding's
 * own, else the entry's), or null when neither the finding nor its entry has a rating
 * @param criteria the finding's evidence criteria (stated by the entry, else implied by
 * its native rating); never null
 */
public record Finding(String outcome, @Nullable String label, Map<String, String> ratings, @Nullable String note,
		NetworkRating network, Map<String, List<String>> qualifiers, @Nullable RatingSource ratingSource,
		EvidenceCriteria criteria) {

	public Finding {
		ratings = Map.copyOf(ratings);
		qualifiers = Map.copyOf(qualifiers);
		criteria = (criteria != null) ? criteria : EvidenceCriteria.UNKNOWN;
	}

	/** A finding of which no evidence criterion is known. */
	public Finding(String outcome, @Nullable String label, Map<String, String> ratings, @Nullable String note,
			NetworkRating network, Map<String, List<String>> qualifiers, @Nullable RatingSource ratingSource) {
		this(outcome, label, ratings, note, network, qualifiers, ratingSource, EvidenceCriteria.UNKNOWN);
	}

	/** A finding without qualifiers or rating source, as a fixture or benchmark makes. */
	public Finding(String outcome, @Nullable String label, Map<String, String> ratings, @Nullable String note,
			NetworkRating network) {
		this(outcome, label, ratings, note, network, Map.of(), null);
	}

	/** The qualifiers on this finding's rating on one scale, empty if none. */
	public List<String> qualifiers(String scaleId) {
		return this.qualifiers.getOrDefault(scaleId, List.of());
	}

}
