package org.jointcase.assistance.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.assistance.AssistanceActions.Readdress;
import org.jointcase.assistance.AssistanceActions.Reason;
import org.jointcase.assistance.AssistanceLimits;
import org.jointcase.assistance.AssistanceRequests;
import org.jointcase.assistance.AssistanceViews.RequestSummary;
import org.jointcase.assistance.AssistanceViews.RequestView;
import org.jointcase.assistance.AssistanceViews.Upload;
import org.jointcase.assistance.NewAssistanceRequest;
import org.jointcase.idempotency.Idempotency;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Assistance requests over HTTP. The steps of the process (approve, accept, decline, reply, review, decide an
 * extension) are actions on tasks of the inbox; these endpoints create, show, readdress and cancel requests, let an
 * addressed agency ask for more time and upload the documents of its reply.
 */
@RestController
class AssistanceController {

	private final AssistanceRequests requests;

	AssistanceController(AssistanceRequests requests) {
		this.requests = requests;
	}

	/** Drafts a request for the supervisor's approval; repeat with the same {@code Idempotency-Key} to get it back. */
	@PostMapping("/api/cases/{caseId}/assistance-requests")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<RequestView> create(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID caseId,
			@RequestHeader(name = "Idempotency-Key", required = false)
			@Size(max = Idempotency.MAX_KEY_LENGTH) String idempotencyKey,
			@Valid @RequestBody NewAssistanceRequest request) {
		RequestView created = requests.create(officer, caseId, request, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/assistance-requests/" + created.id())).body(created);
	}

	/** The assistance requests of a case that the officer may see, newest first. */
	@GetMapping("/api/cases/{caseId}/assistance-requests")
	List<RequestSummary> ofCase(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID caseId) {
		return requests.ofCase(officer, caseId);
	}

	/**
	 * One assistance request: per addressed agency its status, deadlines, items and replies the reader may see, and
	 * allowedActions.
	 */
	@GetMapping("/api/assistance-requests/{id}")
	RequestView get(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return requests.get(officer, id);
	}

	/** Replaces an agency that declined by {@code agencyCode}: that agency's part starts again for the new one. */
	@PostMapping("/api/assistance-requests/{id}/addressees/{agency}/readdress")
	RequestView readdress(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@PathVariable String agency, @Valid @RequestBody Readdress readdress) {
		return requests.readdress(officer, id, agency, readdress.agencyCode(), readdress.reason());
	}

	/** The addressed agency asks for more working days before its period ends; the requester decides. */
	@PostMapping("/api/assistance-requests/{id}/addressees/{agency}/extension-requests")
	RequestView askExtension(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@PathVariable String agency, @Valid @RequestBody ExtensionAsked extension) {
		return requests.askExtension(officer, id, agency, extension.workingDays(), extension.reason());
	}

	record ExtensionAsked(@NotNull @Min(1) @Max(60) Integer workingDays,
			@NotBlank @Size(max = AssistanceLimits.EXTENSION_REASON) String reason) {
	}

	/**
	 * Uploads one document for the agency's reply as multipart field {@code file}; the reply then names its id.
	 * Location is the request, whose reply shows the document once it names it.
	 */
	@PostMapping("/api/assistance-requests/{id}/replies/{agency}/documents")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Upload> upload(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@PathVariable String agency, @RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		if (file == null) {
			throw ApiProblem.invalid("file", "required", "Send the document as the multipart field 'file'");
		}
		try (InputStream content = file.getInputStream()) {
			return ResponseEntity.created(URI.create("/api/assistance-requests/" + id)).body(requests.upload(officer,
					id, agency, file.getOriginalFilename(), file.getContentType(), content));
		}
	}

	/** Cancels the whole request with a reason; only the requesting agency, while replies are outstanding. */
	@PostMapping("/api/assistance-requests/{id}/cancellation")
	RequestView cancel(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@Valid @RequestBody Reason reason) {
		return requests.cancel(officer, id, reason.reason());
	}
}
