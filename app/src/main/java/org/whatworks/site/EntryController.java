package org.whatworks.site;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.core.standard.NetworkTerm;
import org.whatworks.network.NetworkContent;
import org.whatworks.network.WhatWorksProperties;

/**
 * An entry's page: the centre's own ratings, the network band and how it was compared,
 * findings, body, sources, provenance and related entries from other centres.
 */
@Controller
class EntryController {

	private final NetworkContent content;

	private final ObjectProvider<EvidenceSearch> search;

	private final EntryJsonLd jsonLd;

	private final WhatWorksProperties.Content freshness;

	EntryController(NetworkContent content, ObjectProvider<EvidenceSearch> search, EntryJsonLd jsonLd,
			WhatWorksProperties properties) {
		this.content = content;
		this.search = search;
		this.jsonLd = jsonLd;
		this.freshness = properties.content();
	}

	@GetMapping("/entries/{centreId}/{entryId}")
	String entry(@PathVariable String centreId, @PathVariable String entryId, Model model) {
		EvidenceCatalogue catalogue = this.content.catalogue();
		LoadedCentre centre = catalogue.centre(centreId)
			.orElseThrow(() -> new NotFoundException("There is no centre called '" + centreId + "'."));
		EvidenceEntry entry = centre.entry(entryId)
			.orElseThrow(() -> new NotFoundException(
					centre.centre().shortName() + " has no entry called '" + entryId + "'."));
		model.addAttribute("centre", centre);
		model.addAttribute("entry", entry);
		model.addAttribute("jsonLd", this.jsonLd.render(entry));
		model.addAttribute("crosswalk", centre.definition().crosswalk());
		model.addAttribute("checkStale", this.freshness.checkIsStale(entry.provenance(), LocalDate.now()));
		model.addAttribute("checkFreshnessMonths", this.freshness.checkFreshness().toTotalMonths());
		List<EvidenceEntry> related = related(catalogue, entry);
		model.addAttribute("relatedElsewhere",
				related.stream().filter((other) -> !other.centreId().equals(centreId)).limit(6).toList());
		model.addAttribute("relatedHere",
				related.stream().filter((other) -> other.centreId().equals(centreId)).limit(6).toList());
		model.addAttribute("supersededBy", (entry.provenance().supersededBy() != null)
				? catalogue.entry(entry.provenance().supersededBy()).orElse(null) : null);
		model.addAttribute("domains", labels(entry.network().domains()));
		model.addAttribute("lifeStages", labels(entry.network().lifeStages()));
		model.addAttribute("approaches", labels(entry.network().approaches()));
		model.addAttribute("updates", catalogue.ratingHistory().of(entry.ref()));
		model.addAttribute("entryFeed", SearchFeedController.entryFeedUrl(entry));
		return "entry";
	}

	private List<EvidenceEntry> related(EvidenceCatalogue catalogue, EvidenceEntry entry) {
		EvidenceSearch service = this.search.getIfAvailable();
		if (service != null) {
			try {
				return service.related(entry.ref(), 16);
			}
			catch (RuntimeException ex) {
				// fall back to the entry's own links
			}
		}
		return catalogue.related(entry);
	}

	static String labels(java.util.Set<? extends NetworkTerm> terms) {
		return terms.stream()
			.sorted(Comparator.comparing((NetworkTerm term) -> ((Enum<?>) term).ordinal()))
			.map(NetworkTerm::label)
			.reduce((a, b) -> a + ", " + b)
			.orElse("None");
	}

	static EntryRef ref(EvidenceEntry entry) {
		return entry.ref();
	}

}
