package org.whatworks.__PACKAGE__;

import org.whatworks.core.plugin.CentrePlugin;

/**
 * This centre (__NAME__). Everything it contributes is data under
 * {@code whatworks/centres/__ID__/}.
 */
public final class __CLASS__Centre implements CentrePlugin {

	@Override
	public String id() {
		return "__ID__";
	}

	@Override
	public int contractVersion() {
		return 1;
	}

}
