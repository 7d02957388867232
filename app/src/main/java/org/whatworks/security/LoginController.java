package org.whatworks.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin sign-in page; Spring Security handles the form's POST. */
@Controller
class LoginController {

	@GetMapping("/admin/login")
	String login() {
		return "admin/login";
	}

}
