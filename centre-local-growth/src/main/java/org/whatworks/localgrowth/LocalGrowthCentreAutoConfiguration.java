package org.whatworks.localgrowth;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.whatworks.core.plugin.CentrePlugin;

/**
 * Registers the local-growth centre with any application that has this jar on its class
 * path.
 */
@AutoConfiguration
public class LocalGrowthCentreAutoConfiguration {

	@Bean
	CentrePlugin localgrowthCentre() {
		return new LocalGrowthCentre();
	}

}
