package org.jointcase.assistance;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.assistance.AssistanceViews.Finding;

/** The bodies of the actions at the tasks of {@code assistance-request} ({@code POST /api/tasks/{id}/actions/...}). */
public final class AssistanceActions {

	private AssistanceActions() {
	}

	public record Comment(@Size(max = 2000) String comment) {
	}

	public record Reason(@NotBlank @Size(max = 2000) String reason) {
	}

	/** Resubmits a sent-back request, with revised items if given. */
	public record Resubmit(@Size(max = 2000) String comment,
			@Size(min = 1, max = 50) List<NewAssistanceRequest.@Valid @NotNull Item> items) {
	}

	/** Declines, saying why; an agency that is not competent names the one that is, if it knows it. */
	public record Decline(@NotBlank @Size(max = 2000) String reason, @Size(max = 40) String suggestedAgency) {
	}

	public record Readdress(@NotBlank @Size(max = 40) String agencyCode, @Size(max = 2000) String reason) {
	}

	/** Answers every item once; {@code documentIds} are documents the agency uploaded for this request. */
	public record Reply(@NotEmpty @Size(max = 50) List<@Valid @NotNull Finding> findings,
			@Size(max = 50) List<@NotNull UUID> documentIds) {
	}

	/** Accepts a reply; {@code shareWithAddressees} lets the other addressed agencies read its findings. */
	public record AcceptReply(@Size(max = 2000) String comment, Boolean shareWithAddressees) {
	}

	public record Supplement(@NotBlank @Size(max = 2000) String what) {
	}
}
