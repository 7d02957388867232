package org.whatworks.site;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.whatworks.core.brief.Citation;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.standard.NetworkTerm;
import org.whatworks.network.NetworkContent;

/**
 * What templates need to draw implementation, cost, fit, the shortlist button and
 * citations. Used from templates as {@code @decisions}; every answer comes from the entry
 * or core's read models.
 */
@Component("decisions")
public class Decisions {

	private final NetworkContent content;

	Decisions(NetworkContent content) {
		this.content = content;
	}

	/** Network terms as labels in the vocabulary's order, or "Not stated". */
	public String labels(Set<? extends NetworkTerm> terms) {
		return terms.stream()
			.sorted(Comparator.comparing((NetworkTerm term) -> ((Enum<?>) term).ordinal()))
			.map(NetworkTerm::label)
			.reduce((a, b) -> a + ", " + b)
			.orElse("Not stated");
	}

	/** A yes/no fact the centre may not have stated. */
	public String yesNo(Boolean value) {
		return (value == null) ? "Not stated" : (value ? "Yes" : "No");
	}

	/** The citation of an entry, read on this site today. */
	public Citation citation(EvidenceEntry entry) {
		LoadedCentre centre = this.content.catalogue().centre(entry.centreId()).orElseThrow();
		return new Citation(entry, centre.centre(), entryUrl(entry), LocalDate.now());
	}

	static String entryUrl(EvidenceEntry entry) {
		// the configured public address, never the request's Host header
		return SiteProperties.current() + SitePaths.entry(entry.centreId(), entry.id());
	}

	/** The shortlist after adding an entry: the refs already held, then this one. */
	public List<String> withEntry(List<String> held, EvidenceEntry entry) {
		String ref = entry.ref().toString();
		List<String> refs = new java.util.ArrayList<>((held != null) ? held : List.of());
		refs.remove(ref);
		refs.add(ref);
		return refs;
	}

}
