package org.jointcase.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security checks the credentials it posts to {@code /login}. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "pages/login";
	}
}
