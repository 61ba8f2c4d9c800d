package org.jointcase.leads.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jointcase.idempotency.Idempotency;
import org.jointcase.leads.LeadLimits;
import org.jointcase.leads.LeadTransfers;
import org.jointcase.leads.TransferProposal;
import org.jointcase.leads.TransferView;
import org.jointcase.security.SignedInOfficer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TransferController {

	private final LeadTransfers transfers;

	TransferController(LeadTransfers transfers) {
		this.transfers = transfers;
	}

	/** Proposes a transfer; the response carries the conflict check. Retry safely with an {@code Idempotency-Key}. */
	@PostMapping("/api/cases/{caseId}/transfers")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<TransferView> propose(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID caseId,
			@RequestHeader(name = "Idempotency-Key", required = false)
			@Size(max = Idempotency.MAX_KEY_LENGTH) String idempotencyKey,
			@Valid @RequestBody TransferProposal proposal) {
		TransferView transfer = transfers.propose(officer, caseId, proposal, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/transfers/" + transfer.id())).body(transfer);
	}

	/** The lead transfers of a case that the officer may see. */
	@GetMapping("/api/cases/{caseId}/transfers")
	List<TransferView> ofCase(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID caseId) {
		return transfers.ofCase(officer, caseId);
	}

	/** Before proposing: other agencies' open cases naming the same businesses, and whether a transfer is allowed. */
	@GetMapping("/api/cases/{caseId}/transfer-check")
	LeadTransfers.TransferCheck check(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID caseId) {
		return transfers.check(officer, caseId);
	}

	/**
	 * One transfer record: status, steps with who and when, open steps with deadlines, who sees the case, and
	 * allowedActions.
	 */
	@GetMapping("/api/transfers/{id}")
	TransferView get(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return transfers.get(officer, id);
	}

	/** Withdraws a transfer with a reason, until the receiving agency accepts it (the proposing agency only). */
	@PostMapping("/api/transfers/{id}/withdrawal")
	TransferView withdraw(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@Valid @RequestBody Withdrawal withdrawal) {
		return transfers.withdraw(officer, id, withdrawal.reason());
	}

	record Withdrawal(@NotBlank @Size(max = LeadLimits.REASON) String reason) {
	}
}
