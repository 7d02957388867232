package org.whatworks.core.content;

import java.util.List;

/**
 * A centre that was found but is not served, with the reasons.
 *
 * @param id the centre id
 * @param reasons why it is not served, one sentence or problem each
 */
public record UnavailableCentre(String id, List<String> reasons) {

	public UnavailableCentre {
		reasons = List.copyOf(reasons);
	}

}
