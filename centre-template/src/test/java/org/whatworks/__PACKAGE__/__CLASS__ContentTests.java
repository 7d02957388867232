package org.whatworks.__PACKAGE__;

import org.whatworks.core.testkit.CentreContentTestKit;

/**
 * The network's checks on this centre's content: every file valid, every entry mapped
 * onto the network vocabularies, every rating level mapped, the registration file in
 * place.
 */
class __CLASS__ContentTests extends CentreContentTestKit {

	__CLASS__ContentTests() {
		super(new __CLASS__Centre());
	}

}
