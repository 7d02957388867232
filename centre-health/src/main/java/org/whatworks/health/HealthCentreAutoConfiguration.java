package org.whatworks.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.whatworks.core.plugin.CentrePlugin;

/**
 * Registers the health centre with any application that has this jar on its class path.
 */
@AutoConfiguration
public class HealthCentreAutoConfiguration {

	@Bean
	CentrePlugin healthCentre() {
		return new HealthCentre();
	}

}
