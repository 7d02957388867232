package org.whatworks.core.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.standard.EvidenceBand;

/**
 * One event in an entry's rating history: the entry joined the network, or its headline
 * ratings or network band changed from one release to the next. Every channel (the entry
 * page's "Updates", the Atom feeds, {@code /api/v1/changes}) shows these and the
 * {@link #summary()} wording.
 *
 * @param entry the entry
 * @param date the date of the release that made the change
 * @param kind whether the entry was added or changed
 * @param before the headline ratings before the change; empty when added or unrated
 * before
 * @param bandBefore the network band before the change; null when added
 * @param after the headline ratings from this date; empty when not rated by the centre
 * @param band the network band from this date
 */
public record RatingChange(EntryRef entry, LocalDate date, Kind kind, List<Rating> before,
		@Nullable EvidenceBand bandBefore, List<Rating> after, EvidenceBand band) {

	public RatingChange {
		before = List.copyOf(before);
		after = List.copyOf(after);
	}

	/** What happened. */
	public enum Kind {

		/** The entry first appeared in the network. */
		ADDED("added", "Added"),

		/** Its headline ratings or network band changed. */
		CHANGED("rating-changed", "Rating changed");

		private final String code;

		private final String label;

		Kind(String code, String label) {
			this.code = code;
			this.label = label;
		}

		/** The code the API and feeds use. */
		public String code() {
			return this.code;
		}

		/** The words the site uses. */
		public String label() {
			return this.label;
		}

	}

	/**
	 * One headline rating at a point in the history.
	 *
	 * @param scale the scale's id
	 * @param scaleName the scale's name, or its id if the centre no longer has it
	 * @param value the native value as recorded
	 * @param label the value as the centre shows it, with its qualifiers
	 */
	public record Rating(String scale, String scaleName, String value, String label) {
	}

	/**
	 * The change in one sentence, as every channel shows it: for example "Verdict changed
	 * from Promising to Effective. Network band changed from Promising to Well
	 * supported." or "Added with Verdict: Promising. Network band: Promising."
	 */
	public String summary() {
		if (this.kind == Kind.ADDED) {
			if (this.after.isEmpty()) {
				return (this.band == EvidenceBand.NOT_RATED) ? "Added, not rated by this centre."
						: "Added. Network band: " + this.band.label() + ".";
			}
			return "Added with "
					+ String.join(", ", this.after.stream().map((r) -> r.scaleName() + ": " + r.label()).toList())
					+ ". Network band: " + this.band.label() + ".";
		}
		List<String> sentences = new ArrayList<>();
		for (Rating now : this.after) {
			Rating was = this.before.stream().filter((r) -> r.scale().equals(now.scale())).findFirst().orElse(null);
			if (was == null) {
				sentences.add(now.scaleName() + " is now " + now.label() + ".");
			}
			else if (!was.label().equals(now.label())) {
				sentences.add(now.scaleName() + " changed from " + was.label() + " to " + now.label() + ".");
			}
		}
		for (Rating was : this.before) {
			if (this.after.stream().noneMatch((r) -> r.scale().equals(was.scale()))) {
				sentences.add(was.scaleName() + " (" + was.label() + ") is no longer given.");
			}
		}
		if (!Objects.equals(this.bandBefore, this.band)) {
			sentences.add("Network band changed from " + ((this.bandBefore != null) ? this.bandBefore.label() : "none")
					+ " to " + this.band.label() + ".");
		}
		else {
			sentences.add("Network band: " + this.band.label() + ".");
		}
		return String.join(" ", sentences);
	}

}
