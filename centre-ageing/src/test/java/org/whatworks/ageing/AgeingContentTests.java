package org.whatworks.ageing;

import org.whatworks.core.testkit.CentreContentTestKit;

class AgeingContentTests extends CentreContentTestKit {

	AgeingContentTests() {
		super(new AgeingCentre());
	}

}
