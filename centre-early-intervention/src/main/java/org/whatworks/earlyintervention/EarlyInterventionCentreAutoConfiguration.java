package org.whatworks.earlyintervention;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.whatworks.core.plugin.CentrePlugin;

/**
 * Registers the early-intervention centre with any application that has this jar on its
 * class path.
 */
@AutoConfiguration
public class EarlyInterventionCentreAutoConfiguration {

	@Bean
	CentrePlugin earlyinterventionCentre() {
		return new EarlyInterventionCentre();
	}

}
