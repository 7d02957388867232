package org.whatworks.network;

import java.net.URL;
import java.net.URLClassLoader;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.DefaultResourceLoader;
import org.whatworks.WhatWorksApplication;

import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Under {@code whatworks.plugins.on-error=fail} the application refuses to start, and the
 * failure lists every broken centre, not just the first.
 */
class FailPolicyTests {

	@Test
	void startUpFailsListingEveryBrokenCentre() throws Exception {
		try (URLClassLoader classPath = new URLClassLoader(
				new URL[] { FixtureCentres.UNREGISTERED_ROOT.toUri().toURL() }, getClass().getClassLoader())) {
			SpringApplicationBuilder application = new SpringApplicationBuilder(WhatWorksApplication.class,
					BrokenCentresIntegrationTests.BrokenPlugins.class)
				.resourceLoader(new DefaultResourceLoader(classPath));
			assertThatException()
				.isThrownBy(() -> application.run("--server.port=0", "--spring.jmx.enabled=false",
						"--whatworks.plugins.on-error=fail"))
				.havingRootCause()
				.withMessageContaining("The network's content did not load")
				.withMessageContaining("invalid-content: entries/allotment-plots.md:9: ratings.verdict")
				.withMessageContaining("explodingCentre: (plugin): The centre plugin 'explodingCentre' failed to start")
				.withMessageContaining("twin: (plugin): Duplicate centre id 'twin'")
				.withMessageContaining("future: (plugin): Centre 'future' was built for plugin contract version")
				.withMessageContaining("unregistered: (plugin): Content for centre 'unregistered'");
		}
	}

}
