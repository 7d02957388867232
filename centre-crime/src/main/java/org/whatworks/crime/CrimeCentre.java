package org.whatworks.crime;

import org.whatworks.core.plugin.CentrePlugin;

/**
 * The crime centre. Everything it contributes is data under
 * {@code whatworks/centres/crime/}.
 */
public final class CrimeCentre implements CentrePlugin {

	@Override
	public String id() {
		return "crime";
	}

	@Override
	public int contractVersion() {
		return 1;
	}

}
