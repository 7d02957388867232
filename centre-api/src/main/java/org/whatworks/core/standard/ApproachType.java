package org.whatworks.core.standard;

/**
 * A shared network vocabulary: the approach type. Centres map their own terms onto it in
 * their crosswalk so that facets and the gap map work across centres.
 */
public enum ApproachType implements NetworkTerm {

	TEACHING_AND_CURRICULUM("Teaching and curriculum"),

	TUTORING_AND_MENTORING("Tutoring and mentoring"),

	PARENTING_AND_FAMILY_SUPPORT("Parenting and family support"),

	THERAPY_AND_COUNSELLING("Therapy and counselling"),

	PHYSICAL_ACTIVITY_AND_HEALTH_PROMOTION("Physical activity and health promotion"),

	SITUATIONAL_PREVENTION("Situational prevention"),

	POLICING_AND_ENFORCEMENT("Policing and enforcement"),

	JUSTICE_AND_DIVERSION("Justice and diversion"),

	TRAINING_AND_EMPLOYMENT_SUPPORT("Training and employment support"),

	BUSINESS_AND_FINANCE_SUPPORT("Business and finance support"),

	INFRASTRUCTURE_AND_ENVIRONMENT("Infrastructure and environment"),

	HOUSING_AND_HOME_ADAPTATION("Housing and home adaptation"),

	INCENTIVES_AND_PAY("Incentives and pay"),

	ORGANISATION_AND_STAFFING("Organisation and staffing");

	private final String label;

	ApproachType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
