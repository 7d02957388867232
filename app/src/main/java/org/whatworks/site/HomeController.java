package org.whatworks.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.whatworks.network.NetworkContent;

@Controller
class HomeController {

	private final NetworkContent content;

	HomeController(NetworkContent content) {
		this.content = content;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("catalogue", this.content.catalogue());
		return "home";
	}

}
