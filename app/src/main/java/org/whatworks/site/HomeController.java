package org.whatworks.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.RecentlyReviewed;
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
		model.addAttribute("recent", RecentlyReviewed.of(catalogue, 6));
		return "home";
	}

}
