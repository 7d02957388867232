package org.whatworks.core.standard;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one centre maps its native ratings and taxonomy terms onto the network standard,
 * declared as data by the centre. For each scale the first matching rule wins.
 *
 * @param explanation "how we compared this", in plain words
 * @param scales rules per native scale id
 * @param unmapped scale ids the centre deliberately keeps outside the network standard
 * @param terms per taxonomy id, per term id, the network meaning of the term
 */
public record Crosswalk(String explanation, Map<String, List<CrosswalkRule>> scales, Set<String> unmapped,
		Map<String, Map<String, TermMapping>> terms) {

	public Crosswalk {
		scales = Map.copyOf(scales);
		unmapped = Set.copyOf(unmapped);
		terms = Map.copyOf(terms);
	}

	/** The rules of one scale, empty if it has none. */
	public List<CrosswalkRule> rules(String scaleId) {
		return this.scales.getOrDefault(scaleId, List.of());
	}

	/** The network meaning of a centre term, or null if the term is not mapped. */
	public TermMapping mapping(String taxonomyId, String termId) {
		Map<String, TermMapping> byTerm = this.terms.get(taxonomyId);
		return (byTerm != null) ? byTerm.get(termId) : null;
	}

}
