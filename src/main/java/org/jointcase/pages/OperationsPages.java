package org.jointcase.pages;

import org.jointcase.operations.Operations;
import org.jointcase.security.SignedInOfficer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The operators' page: the engine's incidents and failed jobs, and a retry of a failed job, through the same
 * {@link Operations} methods as the API, which refuse everyone but operators (the 403 page) and show no case data.
 */
@Controller
class OperationsPages {

	private final Operations operations;

	OperationsPages(Operations operations) {
		this.operations = operations;
	}

	@GetMapping("/operations")
	String operations(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("incidents", operations.incidents(officer));
		model.addAttribute("failedJobs", operations.failedJobs(officer));
		return "pages/operations";
	}

	/** One more attempt, as the API's default; the page shows the job again with its retry. */
	@PostMapping("/operations/failed-jobs/{id}/retry")
	String retry(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id) {
		operations.retry(officer, id, 1);
		return "redirect:/operations?retried=" + id;
	}
}
