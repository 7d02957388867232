package org.whatworks.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.whatworks.core.content.Approach;
import org.whatworks.core.content.Approaches;
import org.whatworks.network.NetworkContent;

/**
 * Where the centres agree and differ: the approaches more than one centre covers, and one
 * approach with each centre's rating, the verdict per shared outcome domain and the
 * reasons. Every answer comes from core's {@link Approaches}.
 */
@Controller
class ApproachController {

	private final NetworkContent content;

	ApproachController(NetworkContent content) {
		this.content = content;
	}

	@GetMapping("/approaches")
	String index(Model model) {
		Approaches approaches = this.content.catalogue().approaches();
		model.addAttribute("approaches", approaches);
		model.addAttribute("ratedByMore",
				approaches.all().stream().filter((approach) -> approach.ratedMembers() > 1).count());
		model.addAttribute("withBroader", approaches.all().stream().filter(Approach::hasBroaderMember).count());
		return "approaches/index";
	}

	@GetMapping("/approaches/{id}")
	String approach(@PathVariable String id, Model model) {
		Approach approach = this.content.catalogue()
			.approaches()
			.approach(id)
			.orElseThrow(() -> new NotFoundException("approach " + id));
		model.addAttribute("approach", approach);
		return "approaches/approach";
	}

}
