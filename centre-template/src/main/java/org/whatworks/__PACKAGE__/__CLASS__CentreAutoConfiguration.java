package org.whatworks.__PACKAGE__;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.whatworks.core.plugin.CentrePlugin;

/**
 * Registers this centre's plugin with any application that has this jar on its class
 * path, including a jar dropped into the site's plugins folder.
 */
@AutoConfiguration
public class __CLASS__CentreAutoConfiguration {

	@Bean
	CentrePlugin __FIELD__Centre() {
		return new __CLASS__Centre();
	}

}
