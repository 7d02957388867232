package org.whatworks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The combined What Works Network site. Centres are not named here: each centre jar on
 * the class path registers itself through its auto-configuration.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WhatWorksApplication {

	public static void main(String[] args) {
		SpringApplication.run(WhatWorksApplication.class, args);
	}

}
