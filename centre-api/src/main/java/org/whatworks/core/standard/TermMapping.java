package org.whatworks.core.standard;

import java.util.List;

/**
 * What one centre taxonomy term means in the network's shared vocabularies.
 *
 * @param domains outcome domains the term maps to (possibly empty)
 * @param lifeStages life stages the term maps to (possibly empty)
 * @param approaches approach types the term maps to (possibly empty)
 * @param settings fit: settings the term maps to (possibly empty)
 * @param needs fit: levels of need the term maps to (possibly empty)
 * @param deliveries fit: delivery modes the term maps to (possibly empty)
 */
public record TermMapping(List<OutcomeDomain> domains, List<LifeStage> lifeStages, List<ApproachType> approaches,
		List<Setting> settings, List<NeedLevel> needs, List<DeliveryMode> deliveries) {

	public TermMapping {
		domains = List.copyOf(domains);
		lifeStages = List.copyOf(lifeStages);
		approaches = List.copyOf(approaches);
		settings = List.copyOf(settings);
		needs = List.copyOf(needs);
		deliveries = List.copyOf(deliveries);
	}

	/** A mapping without fit terms. */
	public TermMapping(List<OutcomeDomain> domains, List<LifeStage> lifeStages, List<ApproachType> approaches) {
		this(domains, lifeStages, approaches, List.of(), List.of(), List.of());
	}

}
