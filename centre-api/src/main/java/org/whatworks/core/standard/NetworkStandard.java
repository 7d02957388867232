package org.whatworks.core.standard;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The rules of the network evidence standard that core applies to every centre: the
 * labels of the confidence and cost scales and the derivation of the evidence band.
 */
public final class NetworkStandard {

	/** Labels of confidence 0 to 5. */
	public static final List<String> CONFIDENCE_LABELS = List.of("Insufficient", "Very limited", "Limited", "Moderate",
			"Strong", "Very strong");

	/** Labels of cost bands 1 to 5, at index band - 1. */
	public static final List<String> COST_BAND_LABELS = List.of("Very low", "Low", "Moderate", "High", "Very high");

	private NetworkStandard() {
	}

	/**
	 * Derives the evidence band. {@code NOT_RATED} when neither effect nor confidence is
	 * known; {@code INSUFFICIENT} when the effect is unknown or unclear or confidence is
	 * 0 or 1; otherwise by effect, with positive effects split at confidence 4.
	 * @param effect the common effect, or null
	 * @param confidence the common confidence 0-5, or null
	 * @return the band, never null
	 */
	public static EvidenceBand band(@Nullable Effect effect, @Nullable Integer confidence) {
		if (effect == null && confidence == null) {
			return EvidenceBand.NOT_RATED;
		}
		if (effect == null || effect == Effect.UNCLEAR || confidence == null || confidence <= 1) {
			return EvidenceBand.INSUFFICIENT;
		}
		return switch (effect) {
			case POSITIVE -> (confidence >= 4) ? EvidenceBand.WELL_SUPPORTED : EvidenceBand.PROMISING;
			case MIXED -> EvidenceBand.MIXED;
			case NO_EFFECT -> EvidenceBand.NO_EFFECT;
			case NEGATIVE -> EvidenceBand.HARMFUL;
			case UNCLEAR -> EvidenceBand.INSUFFICIENT;
		};
	}

	/** The label of a confidence value 0-5, or "Not rated" for null. */
	public static String confidenceLabel(@Nullable Integer confidence) {
		return (confidence != null) ? CONFIDENCE_LABELS.get(confidence) : "Not rated";
	}

	/** The label of a cost band 1-5, or "Not assessed" for null. */
	public static String costBandLabel(@Nullable Integer costBand) {
		return (costBand != null) ? COST_BAND_LABELS.get(costBand - 1) : "Not assessed";
	}

}
