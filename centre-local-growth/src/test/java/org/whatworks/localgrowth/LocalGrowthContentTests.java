package org.whatworks.localgrowth;

import org.whatworks.core.testkit.CentreContentTestKit;

class LocalGrowthContentTests extends CentreContentTestKit {

	LocalGrowthContentTests() {
		super(new LocalGrowthCentre());
	}

}
