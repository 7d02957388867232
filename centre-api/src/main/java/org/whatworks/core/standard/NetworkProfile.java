package org.whatworks.core.standard;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An entry's position on the network standard: the rating of its headline (first)
 * finding, its cost band, and the shared-vocabulary terms its own terms and findings map
 * to. Derived by core, never stated by a centre.
 *
 * @param headline the network rating of the entry's headline finding
 * @param costBand the cost band 1-5, or null when not assessed
 * @param domains the outcome domains of all findings and terms
 * @param lifeStages the life stages of the entry's terms
 * @param approaches the approach types of the entry's terms
 */
public record NetworkProfile(NetworkRating headline, @Nullable Integer costBand, Set<OutcomeDomain> domains,
		Set<LifeStage> lifeStages, Set<ApproachType> approaches) {

	public NetworkProfile {
		domains = Set.copyOf(domains);
		lifeStages = Set.copyOf(lifeStages);
		approaches = Set.copyOf(approaches);
	}

}
