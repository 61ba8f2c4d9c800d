package org.jointcase.pages;

import org.jointcase.security.SignedInOfficer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("officer", officer);
		return "pages/home";
	}
}
