package org.whatworks.admin;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the content report, under {@code whatworks.admin}.
 *
 * @param staleAfter how long after its last review an entry counts as stale in the
 * content report, as an ISO-8601 period (default {@code P3Y}, three years)
 */
@ConfigurationProperties("whatworks.admin")
record ContentReportProperties(Period staleAfter) {

	ContentReportProperties {
		staleAfter = (staleAfter != null) ? staleAfter : Period.ofYears(3);
		if (staleAfter.isNegative() || staleAfter.isZero()) {
			throw new IllegalArgumentException("whatworks.admin.stale-after must be a positive period such as P3Y");
		}
	}

}
