package org.whatworks.network;

import java.net.URL;
import java.net.URLClassLoader;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.io.DefaultResourceLoader;
import org.whatworks.WhatWorksApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
			Throwable failure = catchThrowable(() -> application.run("--server.port=0", "--spring.jmx.enabled=false",
					"--whatworks.plugins.on-error=fail"));
			assertThat(failure).as("start-up is refused").isNotNull();
			assertThat(failure).rootCause()
				.hasMessageContaining("The network's content did not load")
				.hasMessageContaining("invalid-content: entries/allotment-plots.md:9: ratings.verdict")
				.hasMessageContaining("explodingCentre: (plugin): The centre plugin 'explodingCentre' failed to start")
				.hasMessageContaining("twin: (plugin): Duplicate centre id 'twin'")
				.hasMessageContaining("future: (plugin): Centre 'future' was built for plugin contract version")
				.hasMessageContaining("unregistered: (plugin): Content for centre 'unregistered'");
			FailureAnalysis report = new CentresFailureAnalyzer().analyze(failure);
			assertThat(report.getDescription()).startsWith("The network's centres did not load")
				.contains("5 problem(s):")
				.contains("    invalid-content: entries/allotment-plots.md:9: ratings.verdict");
			assertThat(report.getAction()).contains("whatworks.plugins.on-error=quarantine");
		}
	}

}
