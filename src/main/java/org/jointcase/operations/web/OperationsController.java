package org.jointcase.operations.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jointcase.operations.FailedJob;
import org.jointcase.operations.Incident;
import org.jointcase.operations.Operations;
import org.jointcase.security.SignedInOfficer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/operations")
class OperationsController {

	private final Operations operations;

	OperationsController(Operations operations) {
		this.operations = operations;
	}

	/** Open incidents of the process engine (operators only; no case data). */
	@GetMapping("/incidents")
	List<Incident> incidents(@AuthenticationPrincipal SignedInOfficer officer) {
		return operations.incidents(officer);
	}

	/** Jobs whose retries are exhausted (operators only; no case data). */
	@GetMapping("/failed-jobs")
	List<FailedJob> failedJobs(@AuthenticationPrincipal SignedInOfficer officer) {
		return operations.failedJobs(officer);
	}

	/** Without a body the job gets one more attempt. */
	@PostMapping("/failed-jobs/{id}/retry")
	FailedJob retry(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id,
			@Valid @RequestBody(required = false) Retry retry) {
		return operations.retry(officer, id, retry == null || retry.retries() == null ? 1 : retry.retries());
	}

	record Retry(@Min(1) @Max(10) Integer retries) {
	}
}
