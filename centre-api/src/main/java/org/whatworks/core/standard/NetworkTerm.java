package org.whatworks.core.standard;

/**
 * A value of one of the network's shared vocabularies, with a label for people.
 */
public interface NetworkTerm {

	/** The code used in content files, URLs and the API, such as {@code EARLY_YEARS}. */
	String name();

	/** The label shown to people, such as "Early years (0-4)". */
	String label();

}
