package org.whatworks.network;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.UnavailableCentre;

/**
 * Health with one component per centre: {@code UP} with its entry count and warnings when
 * served, {@code DOWN} with the reasons when unavailable, {@code OUT_OF_SERVICE} when
 * switched off. Reads the current catalogue on every call, so it follows reloads.
 */
class CentresHealthContributor implements CompositeHealthContributor {

	private final NetworkContent content;

	CentresHealthContributor(NetworkContent content) {
		this.content = content;
	}

	@Override
	public HealthContributor getContributor(String name) {
		return indicators().get(name);
	}

	@Override
	public Stream<HealthContributors.Entry> stream() {
		return indicators().entrySet().stream().map((e) -> new HealthContributors.Entry(e.getKey(), e.getValue()));
	}

	private Map<String, HealthIndicator> indicators() {
		EvidenceCatalogue catalogue = this.content.catalogue();
		Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
		for (LoadedCentre centre : catalogue.centres()) {
			long warnings = catalogue.warnings().stream().filter((w) -> w.centreId().equals(centre.id())).count();
			indicators.put(centre.id(),
					() -> Health.up()
						.withDetail("name", centre.centre().name())
						.withDetail("entries", centre.entries().size())
						.withDetail("verifiedEntries",
								centre.entries().stream().filter((e) -> e.provenance().verified()).count())
						.withDetail("warnings", warnings)
						.withDetail("status", "loaded")
						.build());
		}
		for (UnavailableCentre centre : catalogue.unavailable()) {
			indicators.put(centre.id(),
					() -> Health.down()
						.withDetail("status", "unavailable")
						.withDetail("reasons", centre.reasons())
						.build());
		}
		for (String id : this.content.disabledCentres()) {
			indicators.put(id, () -> Health.status(Status.OUT_OF_SERVICE).withDetail("status", "disabled").build());
		}
		return indicators;
	}

}
