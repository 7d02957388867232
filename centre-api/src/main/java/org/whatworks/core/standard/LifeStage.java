package org.whatworks.core.standard;

/**
 * A shared network vocabulary: the life stage. Centres map their own terms onto it in
 * their crosswalk so that facets and the gap map work across centres.
 */
public enum LifeStage implements NetworkTerm {

	EARLY_YEARS("Early years (0-4)"),

	PRIMARY_AGE("Primary age (5-11)"),

	SECONDARY_AGE("Secondary age (11-18)"),

	YOUNG_ADULTS("Young adults (18-25)"),

	WORKING_AGE_ADULTS("Working-age adults"),

	OLDER_PEOPLE("Older people (50+)"),

	WHOLE_POPULATION("Whole population"),

	PLACES_AND_AREAS("Places and areas");

	private final String label;

	LifeStage(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
