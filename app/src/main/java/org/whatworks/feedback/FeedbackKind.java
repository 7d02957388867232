package org.whatworks.feedback;

import java.util.Locale;
import java.util.Optional;

/** What a person sent: each kind has its own form at {@code /feedback/{slug}}. */
public enum FeedbackKind {

	/** Something wrong in an entry or its rating. */
	PROBLEM("problem", "Report a problem with this rating"),

	/** A programme or topic the network should review (a nomination). */
	SUGGESTION("suggestion", "Suggest a programme or topic"),

	/** A programme provider asking the centre to review a rating (an appeal). */
	REVIEW("review", "Ask for a review of a rating");

	private final String slug;

	private final String title;

	FeedbackKind(String slug, String title) {
		this.slug = slug;
		this.title = title;
	}

	public String slug() {
		return this.slug;
	}

	public String title() {
		return this.title;
	}

	/** Whether the item is about one entry (and so belongs to that entry's centre). */
	public boolean aboutAnEntry() {
		return this != SUGGESTION;
	}

	static Optional<FeedbackKind> ofSlug(String slug) {
		for (FeedbackKind kind : values()) {
			if (kind.slug.equals(slug)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
	}

}
