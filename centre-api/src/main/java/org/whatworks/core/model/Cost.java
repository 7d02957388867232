package org.whatworks.core.model;

import java.math.BigDecimal;
import java.net.URI;

/**
 * What an approach costs in pounds, as the centre publishes it. Shown beside the centre's
 * cost rating and the network cost band, never instead of them.
 *
 * @param amount the amount in pounds sterling, zero or more; never null
 * @param unit what the amount is for, such as "per pupil per year"; never null
 * @param priceYear the year whose prices the amount is in; never null
 * @param includes what the amount includes, or null when the centre does not say
 * @param source the centre's page or document that gives the amount; never null
 */
public record Cost(BigDecimal amount, String unit, int priceYear, String includes, URI source) {

	/**
	 * The amount and unit for people, such as "£140 per pupil per year (2023 prices)".
	 */
	public String label() {
		String pounds = this.amount.stripTrailingZeros().scale() <= 0
				? String.format(java.util.Locale.UK, "%,d", this.amount.toBigInteger())
				: String.format(java.util.Locale.UK, "%,.2f", this.amount);
		return "£" + pounds + " " + this.unit + " (" + this.priceYear + " prices)";
	}

}
