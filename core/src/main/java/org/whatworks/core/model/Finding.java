package org.whatworks.core.model;

import java.util.Map;

import org.whatworks.core.standard.NetworkRating;

/**
 * What the evidence says about one outcome of an entry.
 *
 * @param outcome the id of a term in the centre's outcome taxonomy
 * @param label what the finding is about in words (such as "Primary pupils"), or null
 * @param ratings the native ratings behind this finding, by scale id
 * @param note one plain sentence on the finding, or null
 * @param network the finding's network rating, derived by core
 */
public record Finding(String outcome, String label, Map<String, String> ratings, String note, NetworkRating network) {

	public Finding {
		ratings = Map.copyOf(ratings);
	}

}
