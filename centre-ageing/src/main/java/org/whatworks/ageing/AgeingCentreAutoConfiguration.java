package org.whatworks.ageing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.whatworks.core.plugin.CentrePlugin;

/**
 * Registers the ageing centre with any application that has this jar on its class path.
 */
@AutoConfiguration
public class AgeingCentreAutoConfiguration {

	@Bean
	CentrePlugin ageingCentre() {
		return new AgeingCentre();
	}

}
