package org.whatworks.core.model;

/**
 * Whether an entry is still the centre's current word.
 */
public enum EntryStatus {

	/** The centre's current evidence. */
	CURRENT,
	/** Replaced by another entry, named in the provenance. */
	SUPERSEDED,
	/** Withdrawn by the centre. */
	WITHDRAWN

}
