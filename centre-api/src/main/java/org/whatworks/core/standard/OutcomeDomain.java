package org.whatworks.core.standard;

/**
 * A shared network vocabulary: the outcome domain. Centres map their own terms onto it in
 * their crosswalk so that facets and the gap map work across centres.
 */
public enum OutcomeDomain implements NetworkTerm {

	EDUCATION_AND_SKILLS("Education and skills"),

	CRIME_AND_JUSTICE("Crime and justice"),

	PHYSICAL_HEALTH("Physical health"),

	MENTAL_HEALTH_AND_WELLBEING("Mental health and wellbeing"),

	EMPLOYMENT_AND_INCOME("Employment and income"),

	HOUSING_AND_PLACE("Housing and place"),

	FAMILY_AND_RELATIONSHIPS("Family and relationships"),

	ECONOMY_AND_PRODUCTIVITY("Economy and productivity"),

	INDEPENDENCE_IN_LATER_LIFE("Independence in later life");

	private final String label;

	OutcomeDomain(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
