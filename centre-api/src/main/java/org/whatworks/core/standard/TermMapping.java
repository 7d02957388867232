package org.whatworks.core.standard;

import java.util.List;

/**
 * What one centre taxonomy term means in the network's shared vocabularies.
 *
 * @param domains outcome domains the term maps to (possibly empty)
 * @param lifeStages life stages the term maps to (possibly empty)
 * @param approaches approach types the term maps to (possibly empty)
 */
public record TermMapping(List<OutcomeDomain> domains, List<LifeStage> lifeStages, List<ApproachType> approaches) {

	public TermMapping {
		domains = List.copyOf(domains);
		lifeStages = List.copyOf(lifeStages);
		approaches = List.copyOf(approaches);
	}

}
