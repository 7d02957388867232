package org.whatworks.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.Effect;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.NetworkStandard;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.network.NetworkContent;

/**
 * The evidence standard, accessibility statement and cookies pages.
 */
@Controller
class AboutController {

	private final NetworkContent content;

	AboutController(NetworkContent content) {
		this.content = content;
	}

	@GetMapping("/about/standard")
	String standard(Model model) {
		model.addAttribute("effects", Effect.values());
		model.addAttribute("bands", EvidenceBand.values());
		model.addAttribute("confidence", NetworkStandard.CONFIDENCE_LABELS);
		model.addAttribute("costs", NetworkStandard.COST_BAND_LABELS);
		model.addAttribute("domains", OutcomeDomain.values());
		model.addAttribute("lifeStages", LifeStage.values());
		model.addAttribute("approaches", ApproachType.values());
		model.addAttribute("centres", this.content.catalogue().centres());
		return "about/standard";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "about/accessibility";
	}

	@GetMapping("/cookies")
	String cookies() {
		return "about/cookies";
	}

}
