package org.whatworks.education;

import org.whatworks.core.plugin.CentrePlugin;

/**
 * The education centre. Everything it contributes is data under
 * {@code whatworks/centres/education/}.
 */
public final class EducationCentre implements CentrePlugin {

	@Override
	public String id() {
		return "education";
	}

	@Override
	public int contractVersion() {
		return 1;
	}

}
