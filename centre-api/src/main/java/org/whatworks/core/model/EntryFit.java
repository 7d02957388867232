package org.whatworks.core.model;

import java.util.Set;

import org.whatworks.core.standard.DeliveryMode;
import org.whatworks.core.standard.NeedLevel;
import org.whatworks.core.standard.Setting;

/**
 * What helps a reader judge whether an entry fits their own context: the network fit
 * terms its own terms map to through the crosswalk, with any the entry adds, and where
 * the evidence comes from in the centre's words. Every set may be empty and every text
 * may be null: nothing is inferred.
 *
 * @param settings where it is delivered
 * @param needs the levels of need it is for
 * @param deliveries how it reaches people
 * @param evidenceFrom where the evidence comes from (countries, settings, populations) as
 * the centre reports it, or null
 * @param adapting what the centre says about adapting it, or null
 */
public record EntryFit(Set<Setting> settings, Set<NeedLevel> needs, Set<DeliveryMode> deliveries, String evidenceFrom,
		String adapting) {

	/** An entry with no fit information. */
	public static final EntryFit NONE = new EntryFit(Set.of(), Set.of(), Set.of(), null, null);

	public EntryFit {
		settings = Set.copyOf(settings);
		needs = Set.copyOf(needs);
		deliveries = Set.copyOf(deliveries);
	}

	/** Whether there is anything to show. */
	public boolean isEmpty() {
		return this.settings.isEmpty() && this.needs.isEmpty() && this.deliveries.isEmpty() && this.evidenceFrom == null
				&& this.adapting == null;
	}

}
