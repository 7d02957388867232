package org.whatworks.education;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.whatworks.core.plugin.CentrePlugin;

/**
 * Registers the education centre with any application that has this jar on its class
 * path.
 */
@AutoConfiguration
public class EducationCentreAutoConfiguration {

	@Bean
	CentrePlugin educationCentre() {
		return new EducationCentre();
	}

}
