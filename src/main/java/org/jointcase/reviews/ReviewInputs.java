package org.jointcase.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.directory.DirectoryLimits;

/** Request bodies of the review API and of the review's task actions. */
public final class ReviewInputs {

	private ReviewInputs() {
	}

	/**
	 * A coordinator convenes a review. {@code materials} are documents of the reviewed cases that travel to the
	 * participants; a case without any travels as its summary. Without {@code opinionDueDate} the
	 * {@code review-opinion} rule sets the due date of opinions.
	 */
	public record Convening(@NotBlank @Size(max = ReviewLimits.TITLE) String title,
			@NotBlank @Size(max = ReviewLimits.AGENDA) String agenda,
			@NotEmpty @Size(max = 20) List<@NotNull UUID> caseIds,
			@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = DirectoryLimits.AGENCY_CODE) String> participants,
			@Size(max = 100) List<@Valid @NotNull MaterialInput> materials, @Future LocalDate opinionDueDate,
			@NotNull @Future Instant meetingAt) {

		public List<MaterialInput> materialsOrEmpty() {
			return materials == null ? List.of() : materials;
		}
	}

	public record MaterialInput(@NotNull UUID caseId, @NotNull UUID documentId) {
	}

	/** An agency's opinion: its stance on the proposed handling and why. */
	public record OpinionInput(@NotNull Stance stance, @NotBlank @Size(max = ReviewLimits.REASONING) String reasoning) {
	}

	/** A supervisor approves the opinion as it stands, or consents to the owner agency's cases being reviewed. */
	public record Approval() {
	}

	/** Why a supervisor sends an opinion back or refuses consent, or why a coordinator cancels an action. */
	public record Reason(@NotBlank @Size(max = ReviewLimits.REASON) String reason) {
	}

	/** The coordinator's conclusion, and the follow-up actions it assigns (possibly none). */
	public record ConclusionInput(@NotBlank @Size(max = ReviewLimits.CONCLUSION) String conclusion,
			@NotNull @Size(max = 50) List<@Valid @NotNull ActionInput> actions) {
	}

	public record ActionInput(@NotBlank @Size(max = DirectoryLimits.AGENCY_CODE) String agencyCode,
			@NotBlank @Size(max = ReviewLimits.ACTION) String description, @NotNull @Future LocalDate dueDate) {
	}

	/** What the agency did about a follow-up action. */
	public record ActionReport(@NotBlank @Size(max = ReviewLimits.REPORT) String report) {
	}
}
