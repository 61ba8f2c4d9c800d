package org.jointcase.assistance;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.calendar.Deadline;

/** The answers of the assistance module, each cut to what the reader's agency may see. */
public final class AssistanceViews {

	private AssistanceViews() {
	}

	public enum RequestStatus {
		AWAITING_APPROVAL, SENT_BACK, OPEN, CLOSED, WITHDRAWN, CANCELLED;

		public boolean finished() {
			return this == CLOSED || this == WITHDRAWN || this == CANCELLED;
		}
	}

	/** Where one addressed agency stands; {@code READDRESSED} and {@code DECLINE_STANDS} end its part. */
	public enum AddresseeStatus {
		AWAITING_ACCEPTANCE, ACCEPTED, REPLY_AWAITING_APPROVAL, REPLIED, SUPPLEMENT_ASKED, REPLY_ACCEPTED, DECLINED,
		DECLINE_STANDS, READDRESSED
	}

	/** A reply leaves its agency when its supervisor approves it ({@code SENT}); before that only that agency sees it. */
	public enum ReplyStatus {
		AWAITING_APPROVAL, SENT_BACK, SENT, ACCEPTED, SUPPLEMENT_ASKED;

		boolean left() {
			return this == SENT || this == ACCEPTED || this == SUPPLEMENT_ASKED;
		}
	}

	/** The answer to item {@code item} (counted from 1) of the request. */
	public record Finding(@NotNull @Min(1) @Max(50) Integer item,
			@NotBlank @Size(max = AssistanceLimits.FINDING) String finding) {
	}

	/**
	 * A request as one officer sees it: the requester's agency sees every addressee and every reply that left its
	 * agency; an addressed agency sees its own entry only, and the replies the requester shared with it.
	 * {@code allowedActions} names what the officer may do with the request now ({@code cancel}).
	 */
	public record RequestView(UUID id, UUID caseId, String caseReference, String requesterAgency, String requestedBy,
			RequestStatus status, List<NewAssistanceRequest.Item> items, List<UUID> documentIds, Instant createdAt,
			Instant closedAt, String closeReason, List<Step> steps, List<AddresseeView> addressees,
			List<SharedReply> sharedReplies, Set<String> allowedActions) {
	}

	public record RequestSummary(UUID id, String requesterAgency, RequestStatus status, List<String> addressees,
			Instant createdAt, Instant closedAt) {
	}

	/**
	 * One addressed agency: its status, the open steps of its part with their deadlines, its replies, and what the
	 * officer may do about this part now ({@code readdress}, {@code ask-extension}, {@code upload-reply-document}).
	 */
	public record AddresseeView(String agencyCode, AddresseeStatus status, String declineReason,
			String suggestedAgency, String replacedBy, Extension extensionAsked, List<Step> steps,
			List<ReplyView> replies, Set<String> allowedActions) {
	}

	public record Extension(int workingDays, String reason) {
	}

	/** An open task of the request, the agency it waits for, and its deadline with the rule behind it. */
	public record Step(String taskId, String step, String name, String agencyCode, Instant dueAt, Deadline deadline,
			boolean overdue) {
	}

	public record ReplyView(UUID id, ReplyStatus status, List<Finding> findings, List<Upload> documents, String note,
			boolean shared, String writtenBy, Instant writtenAt) {
	}

	/** A document an addressed agency uploaded for its reply; it is a document of the case. */
	public record Upload(UUID id, String fileName, long size, String uploadedBy, Instant uploadedAt) {
	}

	/** An accepted reply of another agency that the requester chose to share with every addressee: findings only. */
	public record SharedReply(String agencyCode, List<Finding> findings, Instant writtenAt) {
	}
}
