package org.whatworks.core.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.whatworks.core.model.Centre;
import org.whatworks.core.model.EntryStatus;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.standard.EvidenceBand;

/**
 * A shortlist of options put side by side for a decision: key messages first, then each
 * option. The key messages only restate what the entries hold (their bands, costs,
 * implementation and status); they never rank options on anything a centre did not
 * publish.
 *
 * @param options the options in the order the reader chose them; at most {@link #MAX}
 * @param keyMessages plain sentences for the top of the brief; empty when there are no
 * options
 */
public record DecisionBrief(List<Option> options, List<String> keyMessages) {

	/** The most options a brief holds. */
	public static final int MAX = 10;

	public DecisionBrief {
		options = List.copyOf(options);
		keyMessages = List.copyOf(keyMessages);
	}

	/**
	 * One option of the brief.
	 *
	 * @param entry the entry
	 * @param centre the centre that published it
	 */
	public record Option(EvidenceEntry entry, Centre centre) {
	}

	/**
	 * The brief for some entries, in the given order.
	 * @param entries the shortlisted entries, at most {@link #MAX}
	 * @param centres the centre of a centre id
	 * @return the brief
	 * @throws IllegalArgumentException if there are more than {@link #MAX} entries
	 */
	public static DecisionBrief of(List<EvidenceEntry> entries, Function<String, Centre> centres) {
		if (entries.size() > MAX) {
			throw new IllegalArgumentException("a brief holds at most " + MAX + " options");
		}
		List<Option> options = entries.stream()
			.map((entry) -> new Option(entry, centres.apply(entry.centreId())))
			.toList();
		return new DecisionBrief(options, keyMessages(options));
	}

	static List<String> keyMessages(List<Option> options) {
		List<String> messages = new ArrayList<>();
		if (options.isEmpty()) {
			return messages;
		}
		Set<String> centres = new LinkedHashSet<>();
		options.forEach((option) -> centres.add(option.centre().shortName()));
		messages.add(count(options.size(), "option") + " from " + count(centres.size(), "centre") + " ("
				+ String.join(", ", centres) + ").");
		EvidenceBand best = options.stream()
			.map((option) -> option.entry().network().headline().band())
			.filter((band) -> band != EvidenceBand.NOT_RATED && band != EvidenceBand.INSUFFICIENT)
			.min(Comparator.naturalOrder())
			.orElse(null);
		if (best != null) {
			messages.add("Strongest network evidence band: " + best.label() + " (" + best.meaning() + "), for "
					+ titles(options, (option) -> option.entry().network().headline().band() == best) + ".");
		}
		else {
			messages.add("None of the options has a network band above insufficient evidence.");
		}
		List<Option> harmful = options.stream()
			.filter((option) -> option.entry().network().headline().band() == EvidenceBand.HARMFUL)
			.toList();
		if (!harmful.isEmpty()) {
			messages.add("Evidence of harm for " + titles(harmful, (option) -> true) + ".");
		}
		List<Option> notRated = options.stream()
			.filter((option) -> option.entry().network().headline().band() == EvidenceBand.NOT_RATED)
			.toList();
		if (!notRated.isEmpty()) {
			messages.add("Not rated by its centre: " + titles(notRated, (option) -> true)
					+ ". Read the centre's own words before comparing it with rated options.");
		}
		long priced = options.stream().filter((option) -> option.entry().cost() != null).count();
		messages
			.add((priced == 0) ? "No option has a cost in pounds from its centre; compare the centres' cost ratings."
					: "Cost in pounds from the centre for " + priced + " of " + options.size()
							+ ((priced == options.size()) ? "." : "; for the others, only the centre's cost rating.")
							+ " Costs are in different units and years: compare with care.");
		List<Option> ready = options.stream()
			.filter((option) -> option.entry().implementation() != null
					&& option.entry().implementation().readyToImplement())
			.toList();
		if (!ready.isEmpty()) {
			messages.add("Ready to implement (the centre says a manual and training are available): "
					+ titles(ready, (option) -> true) + ".");
		}
		List<Option> licensed = options.stream()
			.filter((option) -> option.entry().implementation() != null
					&& Boolean.TRUE.equals(option.entry().implementation().licensed()))
			.toList();
		if (!licensed.isEmpty()) {
			messages.add("Needs a licensed provider: " + titles(licensed, (option) -> true) + ".");
		}
		List<Option> replaced = options.stream()
			.filter((option) -> option.entry().provenance().status() != EntryStatus.CURRENT)
			.toList();
		if (!replaced.isEmpty()) {
			messages.add("Superseded or withdrawn by its centre: " + titles(replaced, (option) -> true) + ".");
		}
		long unverified = options.stream().filter((option) -> !option.entry().provenance().verified()).count();
		if (unverified > 0) {
			messages
				.add(count((int) unverified, "option") + " with figures not yet checked against the centre's page.");
		}
		return messages;
	}

	private static String titles(List<Option> options, java.util.function.Predicate<Option> which) {
		return String.join(", ",
				options.stream()
					.filter(which)
					.map((option) -> option.entry().title() + " (" + option.centre().shortName() + ")")
					.toList());
	}

	private static String count(int n, String noun) {
		return n + " " + noun + ((n == 1) ? "" : "s");
	}

}
