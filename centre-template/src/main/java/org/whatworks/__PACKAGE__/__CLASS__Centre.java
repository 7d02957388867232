package org.whatworks.__PACKAGE__;

import org.whatworks.core.plugin.CentrePlugin;

/**
 * This centre's plugin. Everything the centre contributes is data in its content folder,
 * src/main/resources/whatworks/centres/ followed by the centre's id.
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
