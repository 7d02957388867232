package org.whatworks.education;

import org.whatworks.core.testkit.CentreContentTestKit;

class EducationContentTests extends CentreContentTestKit {

	EducationContentTests() {
		super(new EducationCentre());
	}

}
