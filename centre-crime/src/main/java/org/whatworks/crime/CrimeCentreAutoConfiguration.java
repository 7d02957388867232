package org.whatworks.crime;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.whatworks.core.plugin.CentrePlugin;

/**
 * Registers the crime centre with any application that has this jar on its class path.
 */
@AutoConfiguration
public class CrimeCentreAutoConfiguration {

	@Bean
	CentrePlugin crimeCentre() {
		return new CrimeCentre();
	}

}
