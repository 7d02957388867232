package org.whatworks.operations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.UnavailableCentre;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.network.NetworkContent;

/**
 * Adds {@code centres} to {@code /actuator/info}: per centre its name, entry count, the
 * newest review and check dates of its content, and the version of the centre's jar when
 * its manifest states one; plus when the content was loaded.
 */
class CentresInfoContributor implements InfoContributor {

	private final NetworkContent content;

	CentresInfoContributor(NetworkContent content) {
		this.content = content;
	}

	@Override
	public void contribute(Info.Builder builder) {
		EvidenceCatalogue catalogue = this.content.catalogue();
		Map<String, String> versions = new LinkedHashMap<>();
		this.content.plugins().forEach((plugin) -> {
			String version = plugin.getClass().getPackage().getImplementationVersion();
			if (version != null) {
				versions.put(plugin.id(), version);
			}
		});
		Map<String, Object> centres = new LinkedHashMap<>();
		for (LoadedCentre centre : catalogue.centres()) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("name", centre.centre().name());
			details.put("status", "loaded");
			if (versions.containsKey(centre.id())) {
				details.put("version", versions.get(centre.id()));
			}
			details.put("entries", centre.entries().size());
			details.put("lastReviewed", newest(centre, (entry) -> entry.provenance().lastReviewed()));
			details.put("lastChecked", newest(centre, (entry) -> entry.provenance().checked()));
			centres.put(centre.id(), details);
		}
		for (UnavailableCentre centre : catalogue.unavailable()) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("status", "unavailable");
			if (versions.containsKey(centre.id())) {
				details.put("version", versions.get(centre.id()));
			}
			centres.put(centre.id(), details);
		}
		for (String id : this.content.disabledCentres()) {
			centres.put(id, Map.of("status", "disabled"));
		}
		builder.withDetail("centres", centres);
		builder.withDetail("content",
				Map.of("loadedAt", catalogue.loadedAt().toString(), "entries", catalogue.entries().size()));
	}

	private static String newest(LoadedCentre centre, Function<EvidenceEntry, LocalDate> date) {
		return centre.entries()
			.stream()
			.map(date)
			.filter(Objects::nonNull)
			.max(LocalDate::compareTo)
			.map(LocalDate::toString)
			.orElse(null);
	}

}
