package org.whatworks.network;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.whatworks.core.content.ContentProblem;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.UnavailableCentre;

/**
 * Health with one component per centre: {@code UP} with its entry count and warnings when
 * served, {@code UNAVAILABLE} with the reasons when found but not served (quarantined),
 * {@code DISABLED} when switched off. Reads the current catalogue on every call, so it
 * follows reloads.
 * <p>
 * {@code UNAVAILABLE} and {@code DISABLED} are not in the status order, so they do not
 * pull the site's overall status down: one broken or switched-off centre must not take
 * the site out of its load balancer while the others are served.
 */
class CentresHealthContributor implements CompositeHealthContributor {

	/** A centre that was found but is not served. */
	static final Status UNAVAILABLE = new Status("UNAVAILABLE", "found but not served; see reasons");

	/** A centre switched off by configuration. */
	static final Status DISABLED = new Status("DISABLED", "switched off by whatworks.centres.<id>.enabled");

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
			List<String> previewProblems = this.content.previewProblems()
				.stream()
				.filter((p) -> p.centreId().equals(centre.id()))
				.map(ContentProblem::toString)
				.toList();
			indicators.put(centre.id(), () -> {
				Health.Builder health = Health.up()
					.withDetail("name", centre.centre().name())
					.withDetail("entries", centre.entries().size())
					.withDetail("verifiedEntries",
							centre.entries().stream().filter((e) -> e.provenance().verified()).count())
					.withDetail("warnings", warnings)
					.withDetail("status", "loaded");
				if (this.content.previewFolders().containsKey(centre.id())) {
					health.withDetail("preview", this.content.previewFolders().get(centre.id()).toString());
				}
				if (!previewProblems.isEmpty()) {
					health.withDetail("status", "serving last good content").withDetail("problems", previewProblems);
				}
				return health.build();
			});
		}
		for (UnavailableCentre centre : catalogue.unavailable()) {
			indicators.put(centre.id(),
					() -> Health.status(UNAVAILABLE)
						.withDetail("status", "unavailable")
						.withDetail("reasons", centre.reasons())
						.build());
		}
		for (String id : this.content.disabledCentres()) {
			indicators.put(id, () -> Health.status(DISABLED).withDetail("status", "disabled").build());
		}
		return indicators;
	}

}
