package org.whatworks.earlyintervention;

import org.whatworks.core.plugin.CentrePlugin;

/**
 * The early-intervention centre. Everything it contributes is data under
 * {@code whatworks/centres/early-intervention/}.
 */
public final class EarlyInterventionCentre implements CentrePlugin {

	@Override
	public String id() {
		return "early-intervention";
	}

	@Override
	public int contractVersion() {
		return 1;
	}

}
