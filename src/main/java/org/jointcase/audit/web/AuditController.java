package org.jointcase.audit.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jointcase.audit.AuditCheckpoint;
import org.jointcase.audit.AuditEntry;
import org.jointcase.audit.AuditQuery;
import org.jointcase.audit.AuditTrail;
import org.jointcase.audit.ChainVerification;
import org.jointcase.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The trail for auditors; who may read it is decided by {@link AuditTrail}. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * Entries newest first, {@code size} (1 to 200, 50 unless given) a page; {@code from} (inclusive) and {@code to}
	 * (exclusive) are ISO-8601 instants such as 2025-03-01T00:00:00Z.
	 */
	@GetMapping("/entries")
	PageResponse<AuditEntry> entries(@RequestParam(required = false) String officer,
			@RequestParam(required = false) String agency, @RequestParam(required = false) UUID caseId,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return trail.entries(new AuditQuery(officer, agency, caseId, from, to), cursor, size);
	}

	/** Verifies the trail against its MACs and the newest checkpoint. */
	@GetMapping("/verification")
	ChainVerification verification() {
		return trail.verify();
	}

	/**
	 * Links what is committed and checkpoints the chain head now, outside the database. Location is the
	 * verification, which checks against the newest checkpoint (a checkpoint has no address of its own).
	 */
	@PostMapping("/checkpoints")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AuditCheckpoint> checkpoint() {
		return ResponseEntity.created(URI.create("/api/audit/verification")).body(trail.checkpoint());
	}
}
