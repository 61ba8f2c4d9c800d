package org.jointcase.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jointcase.tasks.OpenTask;

/** What the API shows of a review: the record that participants keep after the review ends. */
public final class ReviewViews {

	private ReviewViews() {
	}

	/**
	 * A review as one officer may see it ({@link ReviewPolicy} decides): opinions of other agencies appear once
	 * approved and the opinion phase is closed (the coordinators of the convening agency see them as they are
	 * approved); the agency's own opinion always, draft or sent back. {@code consents} are the answers of the owner
	 * agencies whose cases the convening agency brought in; {@code steps} the open tasks of the review;
	 * {@code allowedActions} what the officer may do now ({@link ReviewPolicy#CLOSE_OPINION_PHASE},
	 * {@link ReviewPolicy#CANCEL_ACTION}).
	 */
	public record ReviewView(UUID id, String title, String agenda, ReviewStatus status, String coordinator,
			String coordinatorAgency, Instant convenedAt, Instant meetingAt, LocalDate opinionDueDate,
			List<ReviewedCase> cases, List<Material> materials, List<Participant> participants, List<Consent> consents,
			List<Opinion> opinions, Instant opinionPhaseClosedAt, String closedEarlyBy, String conclusion,
			String concludedBy, Instant concludedAt, List<FollowUpAction> actions, Instant closedAt,
			List<OpenTask> steps, Set<String> allowedActions) {
	}

	public record ReviewSummary(UUID id, String title, ReviewStatus status, String coordinatorAgency,
			Instant convenedAt, Instant meetingAt, Instant closedAt) {
	}

	/** A case under review, cited by reference and title; the case itself is visible only while the review runs. */
	public record ReviewedCase(UUID id, String reference, String title) {
	}

	public record Material(UUID caseId, UUID documentId) {
	}

	/** {@code answer}: PENDING while the opinion phase runs, then ANSWERED or NO_ANSWER. */
	public record Participant(String agencyCode, String answer) {
	}

	/**
	 * The answer of an owner agency asked to let its case into the review. {@code status}: PENDING, CONSENTED,
	 * REFUSED (with the reason), or CANCELLED when another owner refused first.
	 */
	public record Consent(String agencyCode, String status, String reason, String decidedBy, Instant decidedAt) {
	}

	/** {@code status}: SUBMITTED (awaiting the supervisor), SENT_BACK or APPROVED. */
	public record Opinion(UUID id, String agencyCode, Stance stance, String reasoning, String status,
			String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt, String sentBackReason) {
	}

	/**
	 * {@code status}: OPEN, DONE or CANCELLED; {@code report} is the agency's report or the cancellation reason;
	 * {@code allowedActions} names {@link ReviewPolicy#CANCEL_ACTION} while the officer may cancel it.
	 */
	public record FollowUpAction(UUID id, String agencyCode, String description, LocalDate dueDate, String status,
			String report, String settledBy, Instant settledAt, Set<String> allowedActions) {

		FollowUpAction allowing(Set<String> actions) {
			return new FollowUpAction(id, agencyCode, description, dueDate, status, report, settledBy, settledAt,
					actions);
		}
	}
}
