package org.whatworks.core.standard;

import org.jspecify.annotations.Nullable;

/**
 * A finding's position on the network standard, derived by core through the centre's
 * crosswalk. Effect and confidence are null when the centre gives no rating.
 *
 * @param effect the common effect, or null
 * @param confidence the common confidence 0-5, or null
 * @param band the evidence band derived from effect and confidence; never null
 */
public record NetworkRating(@Nullable Effect effect, @Nullable Integer confidence, EvidenceBand band) {

	/** The rating of a finding that a centre reports in words only. */
	public static final NetworkRating NOT_RATED = new NetworkRating(null, null, EvidenceBand.NOT_RATED);

}
