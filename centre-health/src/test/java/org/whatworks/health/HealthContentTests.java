package org.whatworks.health;

import org.whatworks.core.testkit.CentreContentTestKit;

class HealthContentTests extends CentreContentTestKit {

	HealthContentTests() {
		super(new HealthCentre());
	}

}
