package org.jointcase.pages;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcase.alerts.AlertInputs.Issue;
import org.jointcase.alerts.AlertSeverity;
import org.jointcase.alerts.AlertSubject;
import org.jointcase.alerts.Alerts;
import org.jointcase.cases.CaseCategory;
import org.jointcase.directory.Directory;
import org.jointcase.security.SignedInOfficer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Alerts: those the officer's agency issued or was sent, issuing one (supervisors), and the alert's page with who
 * acknowledged and answered as {@link Alerts} shows it to the officer's agency. Acknowledging is the inbox's task
 * page. Evidence documents are attached through the API ({@code caseId}, {@code documentIds}).
 */
@Controller
class AlertPages {

	private final Alerts alerts;
	private final Directory directory;
	private final FormSubmissions submissions;

	AlertPages(Alerts alerts, Directory directory, FormSubmissions submissions) {
		this.alerts = alerts;
		this.directory = directory;
		this.submissions = submissions;
	}

	/** What the supervisor typed; agencies and regions as codes separated by commas or spaces. */
	record AlertForm(AlertSubject subject, String creditCode, String businessName, String practice,
			CaseCategory category, AlertSeverity severity, String summary, String agencies, String regions,
			String expiresOn) {

		static final AlertForm EMPTY = new AlertForm(AlertSubject.BUSINESS, null, null, null, CaseCategory.PREPAID_CARD,
				AlertSeverity.MEDIUM, null, null, null, null);

		Issue issue(Map<String, String> errors) {
			LocalDate expires = FormSubmissions.date("expiresOn", expiresOn, errors);
			return new Issue(subject, blankToNull(creditCode), businessName, practice, category, severity, summary,
					codes(agencies), codes(regions), expires, null, List.of());
		}

		private static List<String> codes(String text) {
			return text == null ? List.of()
					: Arrays.stream(text.split("[,\\s]+")).filter(code -> !code.isBlank()).toList();
		}

		private static String blankToNull(String text) {
			return text == null || text.isBlank() ? null : text.trim();
		}
	}

	@GetMapping("/alerts")
	String list(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("alerts", alerts.list(officer));
		return "pages/alerts";
	}

	@GetMapping("/alerts/new")
	String newAlert(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		return form(officer, AlertForm.EMPTY, Map.of(), model);
	}

	@PostMapping("/alerts")
	String issue(@AuthenticationPrincipal SignedInOfficer officer, @ModelAttribute AlertForm form, Model model) {
		Map<String, String> errors = new HashMap<>();
		return submissions.submit(form.issue(errors), errors, issue -> alerts.issue(officer, issue))
			.map(issued -> "redirect:/alerts/" + issued.id())
			.orElseGet(() -> form(officer, form, errors, model));
	}

	private String form(SignedInOfficer officer, AlertForm form, Map<String, String> errors, Model model) {
		alerts.requireIssuer(officer);
		model.addAttribute("form", form);
		model.addAttribute("subjects", AlertSubject.values());
		model.addAttribute("severities", AlertSeverity.values());
		model.addAttribute("categories", CaseCategory.values());
		model.addAttribute("regions", directory.regions());
		model.addAttribute("errors", errors);
		return "pages/alert-form";
	}

	@GetMapping("/alerts/{id}")
	String alert(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id, Model model) {
		model.addAttribute("alert", alerts.get(officer, id));
		return "pages/alert";
	}
}
