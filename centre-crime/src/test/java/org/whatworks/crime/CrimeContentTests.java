package org.whatworks.crime;

import org.whatworks.core.testkit.CentreContentTestKit;

class CrimeContentTests extends CentreContentTestKit {

	CrimeContentTests() {
		super(new CrimeCentre());
	}

}
