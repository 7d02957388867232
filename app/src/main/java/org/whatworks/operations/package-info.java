/**
 * Operations: build, git and per-centre content versions in {@code /actuator/info};
 * search metrics (latency histogram, result counts, zero-result queries) for Prometheus;
 * and the search insights the admin area shows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations",
		allowedDependencies = { "network", "core :: *" })
package org.whatworks.operations;
