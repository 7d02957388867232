package org.whatworks.earlyintervention;

import org.whatworks.core.testkit.CentreContentTestKit;

class EarlyInterventionContentTests extends CentreContentTestKit {

	EarlyInterventionContentTests() {
		super(new EarlyInterventionCentre());
	}

}
