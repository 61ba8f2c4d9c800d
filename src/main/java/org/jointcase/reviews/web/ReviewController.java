package org.jointcase.reviews.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jointcase.idempotency.Idempotency;
import org.jointcase.reviews.ReviewInputs.Convening;
import org.jointcase.reviews.ReviewInputs.Reason;
import org.jointcase.reviews.ReviewViews.ReviewSummary;
import org.jointcase.reviews.ReviewViews.ReviewView;
import org.jointcase.reviews.Reviews;
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

/**
 * Joint case reviews. Opinions, approvals, the conclusion and action reports go through the inbox
 * ({@code POST /api/tasks/{id}/actions/{action}}); the coordinator's interventions are here.
 */
@RestController
class ReviewController {

	private final Reviews reviews;

	ReviewController(Reviews reviews) {
		this.reviews = reviews;
	}

	/** A coordinator convenes a review (403 for other officers). */
	/** Convenes a review; repeat it with the same {@code Idempotency-Key} and body to get the same review back. */
	@PostMapping("/api/reviews")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ReviewView> convene(@AuthenticationPrincipal SignedInOfficer officer,
			@RequestHeader(name = Idempotency.HEADER, required = false)
			@Size(max = Idempotency.MAX_KEY_LENGTH) String idempotencyKey,
			@Valid @RequestBody Convening convening) {
		ReviewView review = reviews.convene(officer, convening, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/reviews/" + review.id())).body(review);
	}

	/** The reviews the officer's agency takes part in, open and closed. */
	@GetMapping("/api/reviews")
	List<ReviewSummary> reviews(@AuthenticationPrincipal SignedInOfficer officer) {
		return reviews.list(officer);
	}

	/**
	 * One joint review record: participants, opinions, conclusion and follow-up actions the reader may see, and
	 * allowedActions.
	 */
	@GetMapping("/api/reviews/{id}")
	ReviewView review(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return reviews.get(officer, id);
	}

	/** The joint reviews of a case that the officer may see. */
	@GetMapping("/api/cases/{caseId}/reviews")
	List<ReviewSummary> ofCase(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID caseId) {
		return reviews.ofCase(officer, caseId);
	}

	/** The coordinator closes the opinion phase before every agency answered. */
	@PostMapping("/api/reviews/{id}/opinion-phase/closure")
	ReviewView closeOpinionPhase(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return reviews.closeOpinionPhaseEarly(officer, id);
	}

	/** Cancels an open follow-up action of a concluded review (its convening coordinators). */
	@PostMapping("/api/reviews/{id}/actions/{actionId}/cancellation")
	ReviewView cancelAction(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@PathVariable UUID actionId, @Valid @RequestBody Reason reason) {
		return reviews.cancelAction(officer, id, actionId, reason.reason());
	}
}
