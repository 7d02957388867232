package org.whatworks.health;

import org.whatworks.core.plugin.CentrePlugin;

/**
 * The health centre. Everything it contributes is data under
 * {@code whatworks/centres/health/}.
 */
public final class HealthCentre implements CentrePlugin {

	@Override
	public String id() {
		return "health";
	}

	@Override
	public int contractVersion() {
		return 1;
	}

}
