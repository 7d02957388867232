package org.whatworks.core.model;

import java.util.List;
import java.util.Optional;

import org.whatworks.core.standard.Crosswalk;

/**
 * Everything a centre declares about itself apart from its entries.
 *
 * @param centre the descriptor
 * @param scales the native rating scales
 * @param taxonomies the centre's taxonomies
 * @param crosswalk the mapping onto the network standard
 * @param synonyms groups of words that mean the same for search
 * @param glossary the centre's jargon and everyday words with what they mean (may be
 * empty)
 */
public record CentreDefinition(Centre centre, List<RatingScale> scales, List<Taxonomy> taxonomies, Crosswalk crosswalk,
		List<List<String>> synonyms, List<GlossaryTerm> glossary) {

	public CentreDefinition {
		scales = List.copyOf(scales);
		taxonomies = List.copyOf(taxonomies);
		synonyms = synonyms.stream().map(List::copyOf).toList();
		glossary = (glossary != null) ? List.copyOf(glossary) : List.of();
	}

	/** A definition without a glossary. */
	public CentreDefinition(Centre centre, List<RatingScale> scales, List<Taxonomy> taxonomies, Crosswalk crosswalk,
			List<List<String>> synonyms) {
		this(centre, scales, taxonomies, crosswalk, synonyms, List.of());
	}

	/** The scale with this id. */
	public Optional<RatingScale> scale(String id) {
		return this.scales.stream().filter((scale) -> scale.id().equals(id)).findFirst();
	}

	/** The taxonomy with this id. */
	public Optional<Taxonomy> taxonomy(String id) {
		return this.taxonomies.stream().filter((taxonomy) -> taxonomy.id().equals(id)).findFirst();
	}

}
