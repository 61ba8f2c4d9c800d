package org.jointcase.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	/** An officer's work starts in the inbox. */
	@GetMapping("/")
	String home() {
		return "redirect:/inbox";
	}
}
