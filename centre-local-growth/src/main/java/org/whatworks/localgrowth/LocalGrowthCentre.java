package org.whatworks.localgrowth;

import org.whatworks.core.plugin.CentrePlugin;

/**
 * The local-growth centre. Everything it contributes is data under
 * {@code whatworks/centres/local-growth/}.
 */
public final class LocalGrowthCentre implements CentrePlugin {

	@Override
	public String id() {
		return "local-growth";
	}

	@Override
	public int contractVersion() {
		return 1;
	}

}
