package org.jointcase.disclosures.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jointcase.disclosures.InformantRequestView;
import org.jointcase.disclosures.InformantRequests;
import org.jointcase.disclosures.NewInformantRequest;
import org.jointcase.security.SignedInOfficer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InformantRequestController {

	private final InformantRequests requests;

	InformantRequestController(InformantRequests requests) {
		this.requests = requests;
	}

	/** The owner agency asks the agency that recorded the informant for the identity; its supervisors decide. */
	@PostMapping("/api/cases/{caseId}/informant-requests")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<InformantRequestView> request(@AuthenticationPrincipal SignedInOfficer officer,
			@PathVariable UUID caseId, @Valid @RequestBody NewInformantRequest request) {
		InformantRequestView created = requests.request(officer, caseId, request);
		return ResponseEntity.created(URI.create("/api/informant-requests/" + created.id())).body(created);
	}

	/** The case's requests involving the officer's agency, and whether the officer may ask now. */
	@GetMapping("/api/cases/{caseId}/informant-requests")
	InformantRequestView.OfCase ofCase(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID caseId) {
		return requests.ofCase(officer, caseId);
	}

	/** Status, who decided and when; never the identity itself. */
	@GetMapping("/api/informant-requests/{id}")
	InformantRequestView get(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return requests.get(officer, id);
	}
}
