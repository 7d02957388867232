package org.whatworks.ageing;

import org.whatworks.core.plugin.CentrePlugin;

/**
 * The ageing centre. Everything it contributes is data under
 * {@code whatworks/centres/ageing/}.
 */
public final class AgeingCentre implements CentrePlugin {

	@Override
	public String id() {
		return "ageing";
	}

	@Override
	public int contractVersion() {
		return 1;
	}

}
