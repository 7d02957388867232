package org.whatworks.site;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.EntryStatus;
import org.whatworks.network.NetworkContent;

@Controller
class HomeController {

	private final NetworkContent content;

	HomeController(NetworkContent content) {
		this.content = content;
	}

	@GetMapping("/")
	String home(Model model) {
		EvidenceCatalogue catalogue = this.content.catalogue();
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("recent", recentlyReviewed(catalogue, 6));
		return "home";
	}

	static List<EvidenceEntry> recentlyReviewed(EvidenceCatalogue catalogue, int limit) {
		return catalogue.entries()
			.stream()
			.filter((entry) -> entry.provenance().status() == EntryStatus.CURRENT)
			.filter((entry) -> entry.provenance().lastReviewed() != null)
			.sorted(Comparator.comparing((EvidenceEntry entry) -> entry.provenance().lastReviewed())
				.reversed()
				.thenComparing(EvidenceEntry::title))
			.limit(limit)
			.toList();
	}

}
