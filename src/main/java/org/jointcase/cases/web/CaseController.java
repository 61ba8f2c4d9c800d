package org.jointcase.cases.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jointcase.cases.CaseCategory;
import org.jointcase.cases.CaseFilter;
import org.jointcase.cases.CaseInput;
import org.jointcase.cases.CaseLimits;
import org.jointcase.cases.CaseStatus;
import org.jointcase.cases.CaseViews.CaseSummary;
import org.jointcase.cases.CaseViews.CaseView;
import org.jointcase.cases.CaseViews.Note;
import org.jointcase.cases.CaseViews.Share;
import org.jointcase.cases.CaseViews.TimelineEntry;
import org.jointcase.cases.Cases;
import org.jointcase.cases.ShareRequest;
import org.jointcase.idempotency.Idempotency;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.jointcase.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseController {

	private final Cases cases;

	CaseController(Cases cases) {
		this.cases = cases;
	}

	/** The case categories, with their Chinese and English names. */
	@GetMapping("/categories")
	List<Category> categories() {
		return Arrays.stream(CaseCategory.values()).map(c -> new Category(c, c.nameZh(), c.nameEn())).toList();
	}

	record Category(CaseCategory code, String nameZh, String nameEn) {
	}

	/** Creates a case; repeat it with the same {@code Idempotency-Key} and body to get the same case back. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<CaseView> create(@AuthenticationPrincipal SignedInOfficer officer,
			@RequestHeader(name = "Idempotency-Key", required = false)
			@Size(max = Idempotency.MAX_KEY_LENGTH) String idempotencyKey,
			@Valid @RequestBody CaseInput input) {
		CaseView created = cases.create(officer, input, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/cases/" + created.id())).eTag(etag(created)).body(created);
	}

	/**
	 * One page of the cases the officer may see, newest first, filtered by status, category, region, credit code or
	 * text.
	 */
	@GetMapping
	PageResponse<CaseSummary> list(@AuthenticationPrincipal SignedInOfficer officer,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) CaseCategory category,
			@RequestParam(required = false) String region, @RequestParam(required = false) String creditCode,
			@RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return cases.list(officer, new CaseFilter(status, category, blankToNull(region), blankToNull(creditCode),
				blankToNull(q)), cursor, size);
	}

	/** One case as the officer may see it; the ETag is its version, for If-Match when editing. */
	@GetMapping("/{id}")
	ResponseEntity<CaseView> get(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		CaseView view = cases.get(officer, id);
		return ResponseEntity.ok().eTag(etag(view)).body(view);
	}

	/** Edits a case: {@code If-Match} must carry the ETag of the version the editor read. */
	@PutMapping("/{id}")
	ResponseEntity<CaseView> update(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody CaseInput input) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "If-Match", "required",
					"Send the ETag of the case you edited in If-Match");
		}
		CaseView updated = cases.update(officer, id, version(ifMatch), input);
		return ResponseEntity.ok().eTag(etag(updated)).body(updated);
	}

	/** The case's timeline: what happened to it, by whom and when, as the reader may see it. */
	@GetMapping("/{id}/timeline")
	List<TimelineEntry> timeline(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return cases.timeline(officer, id);
	}

	/** The case's notes, oldest first; only agencies that see the full record read them. */
	@GetMapping("/{id}/notes")
	List<Note> notes(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return cases.notes(officer, id);
	}

	/** Adds a note to the case; Location is the case's notes, where it appears (a note has no address of its own). */
	@PostMapping("/{id}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Note> addNote(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@Valid @RequestBody NewNote note) {
		return ResponseEntity.created(URI.create("/api/cases/" + id + "/notes"))
			.body(cases.addNote(officer, id, note.text()));
	}

	record NewNote(@NotBlank @Size(max = CaseLimits.NOTE) String text) {
	}

	/** The case's shares with other agencies (owner agency only): scope, reason, expiry and who granted them. */
	@GetMapping("/{id}/shares")
	List<Share> shares(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return cases.shares(officer, id);
	}

	/**
	 * Shares the case with another agency (a supervisor of the owner agency): full record or summary, with or without
	 * the informant, optionally only some documents. Location is the case's shares, where it appears.
	 */
	@PostMapping("/{id}/shares")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Share> share(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@Valid @RequestBody ShareRequest request) {
		return ResponseEntity.created(URI.create("/api/cases/" + id + "/shares"))
			.body(cases.share(officer, id, request));
	}

	/** Revokes a share: the agency loses the access it gave at once. */
	@DeleteMapping("/{id}/shares/{shareId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id, @PathVariable UUID shareId) {
		cases.revokeShare(officer, id, shareId);
	}

	private static String etag(CaseView view) {
		return "\"" + view.version() + "\"";
	}

	private static long version(String ifMatch) {
		try {
			return Long.parseLong(ifMatch.trim().replace("W/", "").replace("\"", ""));
		}
		catch (NumberFormatException malformed) {
			throw ApiProblem.invalid("If-Match", "etag", "If-Match must be an ETag this API gave out");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
