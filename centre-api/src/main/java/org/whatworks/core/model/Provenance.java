package org.whatworks.core.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where an entry comes from and how far it can be trusted.
 *
 * @param source the entry's page on the centre's own site
 * @param lastReviewed when the centre last reviewed it
 * @param published when the centre first published it, or null
 * @param status current, superseded or withdrawn
 * @param supersededBy the entry that replaces it, or null unless superseded
 * @param verified whether the figures were checked against the source
 * @param checked when the figures were last checked by the network, or null
 * @param replaces the entries this one replaces (each must be superseded by it); often
 * empty
 * @param note what the network saw when it last checked the source, or null
 */
public record Provenance(URI source, LocalDate lastReviewed, @Nullable LocalDate published, EntryStatus status,
		@Nullable EntryRef supersededBy, boolean verified, @Nullable LocalDate checked, List<EntryRef> replaces,
		@Nullable String note) {

	public Provenance {
		replaces = List.copyOf(replaces);
	}

	/** Provenance that replaces nothing and has no check note. */
	public Provenance(URI source, LocalDate lastReviewed, @Nullable LocalDate published, EntryStatus status,
			@Nullable EntryRef supersededBy, boolean verified, @Nullable LocalDate checked) {
		this(source, lastReviewed, published, status, supersededBy, verified, checked, List.of(), null);
	}
}
