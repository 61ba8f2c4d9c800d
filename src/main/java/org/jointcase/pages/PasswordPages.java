package org.jointcase.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;

import org.jointcase.directory.PasswordChange;
import org.jointcase.security.PasswordChanges;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer's own password, changed from the page linked in the header. Calls {@link PasswordChanges} as the API
 * does; the session the change is made from stays signed in, every other one of the officer ends.
 */
@Controller
class PasswordPages {

	private final PasswordChanges passwords;
	private final Validator validator;

	PasswordPages(PasswordChanges passwords, Validator validator) {
		this.passwords = passwords;
		this.validator = validator;
	}

	@GetMapping("/me/password")
	String form() {
		return "pages/password";
	}

	@PostMapping("/me/password")
	String change(@AuthenticationPrincipal SignedInOfficer officer, @RequestParam Map<String, String> values,
			HttpServletRequest request, Model model) {
		PasswordChange change = new PasswordChange(values.getOrDefault("currentPassword", ""),
				values.getOrDefault("newPassword", ""));
		Map<String, String> errors = new LinkedHashMap<>();
		validator.validate(change).forEach(violation -> errors.putIfAbsent(violation.getPropertyPath().toString(),
				violation.getMessage()));
		if (errors.isEmpty()) {
			try {
				HttpSession session = request.getSession(false);
				passwords.change(officer, change, session == null ? null : session.getId());
				return "redirect:/me/password?changed";
			}
			catch (ApiProblem problem) {
				if (problem.status() != HttpStatus.BAD_REQUEST) {
					throw problem;
				}
				problem.errors().forEach(error -> errors.merge(error.field(), error.message(),
						(first, more) -> first + "; " + more));
			}
		}
		model.addAttribute("errors", errors);
		return "pages/password";
	}
}
