package org.whatworks.core.standard;

/**
 * A shared network vocabulary for fit: where an approach is delivered. Centres map their
 * own terms onto it in their crosswalk; an entry may add settings its terms do not carry.
 */
public enum Setting implements NetworkTerm {

	SCHOOL("School"),

	EARLY_YEARS_SETTING("Early-years setting"),

	HOME("Home"),

	COMMUNITY("Community"),

	HEALTH_SERVICE("Health service"),

	POLICE_AND_JUSTICE("Police and justice"),

	WORKPLACE("Workplace"),

	LOCAL_AREA("Local area");

	private final String label;

	Setting(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
