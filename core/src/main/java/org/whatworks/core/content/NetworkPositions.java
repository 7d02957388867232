package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.Finding;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.model.Term;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.CrosswalkRule;
import org.whatworks.core.standard.Effect;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.NetworkProfile;
import org.whatworks.core.standard.NetworkRating;
import org.whatworks.core.standard.NetworkStandard;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.core.standard.TermMapping;

/**
 * Places entries and findings on the network standard through the centre's crosswalk.
 */
final class NetworkPositions {

	private NetworkPositions() {
	}

	static NetworkRating rate(CentreDefinition definition, Map<String, String> entryRatings,
			Map<String, List<String>> entryQualifiers, Map<String, String> findingRatings,
			Map<String, List<String>> findingQualifiers) {
		if (!definition.centre().rated()) {
			return NetworkRating.NOT_RATED;
		}
		Effect effect = null;
		Integer confidence = null;
		for (Map<String, String> ratings : List.of(entryRatings, findingRatings)) {
			for (RatingScale scale : definition.scales()) {
				CrosswalkRule rule = definition.crosswalk().match(scale, ratings.get(scale.id()));
				if (rule != null) {
					effect = (rule.effect() != null) ? rule.effect() : effect;
					confidence = (rule.confidence() != null) ? rule.confidence() : confidence;
				}
			}
		}
		// A qualifier marks the rating as a whole, so it applies after every level is
		// read.
		for (Map<String, List<String>> qualifiers : List.of(entryQualifiers, findingQualifiers)) {
			for (Map.Entry<String, List<String>> scale : qualifiers.entrySet()) {
				for (String code : scale.getValue()) {
					CrosswalkRule rule = definition.crosswalk().qualifierRule(scale.getKey(), code);
					if (rule != null) {
						effect = (rule.effect() != null) ? rule.effect() : effect;
						confidence = (rule.confidence() != null) ? rule.confidence() : confidence;
					}
				}
			}
		}
		return new NetworkRating(effect, confidence, NetworkStandard.band(effect, confidence));
	}

	static NetworkProfile profile(CentreDefinition definition, Map<String, String> ratings,
			Map<String, List<String>> terms, List<Finding> findings) {
		Integer costBand = null;
		for (RatingScale scale : definition.scales()) {
			CrosswalkRule rule = definition.crosswalk().match(scale, ratings.get(scale.id()));
			if (rule != null && rule.costBand() != null) {
				costBand = rule.costBand();
			}
		}
		Set<OutcomeDomain> domains = EnumSet.noneOf(OutcomeDomain.class);
		Set<LifeStage> lifeStages = EnumSet.noneOf(LifeStage.class);
		Set<ApproachType> approaches = EnumSet.noneOf(ApproachType.class);
		String outcomeTaxonomy = definition.centre().outcomeTaxonomy();
		for (Finding finding : findings) {
			TermMapping mapping = mapping(definition, outcomeTaxonomy, finding.outcome());
			if (mapping != null) {
				domains.addAll(mapping.domains());
			}
		}
		terms.forEach((taxonomyId, ids) -> ids.forEach((termId) -> {
			TermMapping mapping = mapping(definition, taxonomyId, termId);
			if (mapping != null) {
				domains.addAll(mapping.domains());
				lifeStages.addAll(mapping.lifeStages());
				approaches.addAll(mapping.approaches());
			}
		}));
		return new NetworkProfile(findings.get(0).network(), costBand, domains, lifeStages, approaches);
	}

	/** The mapping of a term, or of its nearest mapped ancestor. */
	static TermMapping mapping(CentreDefinition definition, String taxonomyId, String termId) {
		Optional<Taxonomy> taxonomy = definition.taxonomy(taxonomyId);
		if (taxonomy.isEmpty()) {
			return null;
		}
		List<String> chain = ancestry(taxonomy.get().terms(), termId);
		for (int i = chain.size() - 1; i >= 0; i--) {
			TermMapping mapping = definition.crosswalk().mapping(taxonomyId, chain.get(i));
			if (mapping != null) {
				return mapping;
			}
		}
		return null;
	}

	static List<String> ancestry(List<Term> terms, String termId) {
		for (Term term : terms) {
			if (term.id().equals(termId)) {
				return new ArrayList<>(List.of(term.id()));
			}
			List<String> below = ancestry(term.children(), termId);
			if (!below.isEmpty()) {
				below.add(0, term.id());
				return below;
			}
		}
		return new ArrayList<>();
	}

}
