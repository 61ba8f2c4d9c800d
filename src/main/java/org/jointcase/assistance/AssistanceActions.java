package org.jointcase.assistance;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.assistance.AssistanceViews.Finding;
import org.jointcase.directory.DirectoryLimits;

/** The bodies of the actions at the tasks of {@code assistance-request} ({@code POST /api/tasks/{id}/actions/...}). */
public final class AssistanceActions {

	private AssistanceActions() {
	}

	public record Comment(@Size(max = AssistanceLimits.REASON) String comment) {
	}

	public record Reason(@NotBlank @Size(max = AssistanceLimits.REASON) String reason) {
	}

	/** Resubmits a sent-back request, with revised items if given. */
	public record Resubmit(@Size(max = AssistanceLimits.REASON) String comment,
			@Size(min = 1, max = 50) List<NewAssistanceRequest.@Valid @NotNull Item> items) {
	}

	/** Declines, saying why; an agency that is not competent names the one that is, if it knows it. */
	public record Decline(@NotBlank @Size(max = AssistanceLimits.REASON) String reason,
			@Size(max = DirectoryLimits.AGENCY_CODE) String suggestedAgency) {
	}

	public record Readdress(@NotBlank @Size(max = DirectoryLimits.AGENCY_CODE) String agencyCode,
			@Size(max = AssistanceLimits.REASON) String reason) {
	}

	/** Answers every item once; {@code documentIds} are documents the agency uploaded for this request. */
	public record Reply(@NotEmpty @Size(max = 50) List<@Valid @NotNull Finding> findings,
			@Size(max = 50) List<@NotNull UUID> documentIds) {
	}

	/** Accepts a reply; {@code shareWithAddressees} lets the other addressed agencies read its findings. */
	public record AcceptReply(@Size(max = AssistanceLimits.REASON) String comment, Boolean shareWithAddressees) {
	}

	public record Supplement(@NotBlank @Size(max = AssistanceLimits.REASON) String what) {
	}
}
