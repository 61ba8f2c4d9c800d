package org.jointcase.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jointcase.intake.IntakeItemInput.Business;
import org.jointcase.tasks.OpenTask;

/**
 * An item as one officer may see it. {@code person} carries the identity only for those who may know it
 * ({@link IntakePolicy}); others see that a real-name or anonymous person exists and nothing more. {@code routing}
 * says which rule placed the item where it is; {@code tasks} are its steps with their deadlines, open and closed, so
 * that forwarding loses none of its deadline history; {@code hotSpot} flags a business many items name
 * ({@link HotSpots}); {@code messages} are every message to the person; {@code attachments} the files that came with
 * it ({@link IntakeAttachments}). {@code allowedActions} are what the reader may do now: the actions of its open step
 * (taken through {@code POST /api/tasks/{taskId}/actions/{action}} on the open task), {@code add-attachment}, and
 * {@code read-only} for an agency the item has left.
 */
public record IntakeItemView(UUID id, IntakeKind kind, IntakeChannel channel, String workOrder, Instant receivedAt,
		String receivedAgency, PersonView person, Business business, String businessKey, String facts,
		BigDecimal amount, String desiredOutcome, IntakeStatus status, String agencyCode, String triageAgency,
		Routing routing, int forwardCount, LocalDate forwardDueDate, String currentStep, Instant dueAt,
		Integer workingDaysLeft, String decision, String decisionDetail, BigDecimal amountRecovered,
		String businessAnswer, UUID caseId, boolean hotSpot, List<Step> steps, List<OpenTask> tasks,
		List<Message> messages, List<Attachment> attachments, Instant createdAt, Instant closedAt,
		Set<String> allowedActions) {

	/** The reader's agency handled the item once (took it in, forwarded it, triaged it) and keeps this record of it. */
	public static final String READ_ONLY = "read-only";

	/** {@code name} and {@code contact} are {@code null} unless the reader may know who it is. */
	public record PersonView(boolean realName, boolean identityShown, String name, String contact) {
	}

	/**
	 * The routing rule applied: {@code business-region}, {@code credit-code-division}, {@code city-fallback},
	 * {@code forwarded}, {@code designated}, {@code triage}; {@code detail} says how.
	 */
	public record Routing(String rule, String detail) {
	}

	public record Step(Instant at, String officer, String agency, String step, String action, String detail) {
	}

	/**
	 * A message to the person: {@code status} {@code PENDING} (being delivered, tried {@code attempts} times),
	 * {@code SENT} or {@code FAILED} after the last try ({@code lastError} says why). The recipient is not shown.
	 */
	public record Message(String kind, String channel, String text, Instant createdAt, String createdBy, String status,
			int attempts, Instant sentAt, String lastError) {
	}

	/**
	 * A file that came with the item: {@code mediaType} is what its bytes show (and what it is served as),
	 * {@code declaredType} what the uploader's client said. Its content is
	 * {@code GET /api/intake/items/{id}/attachments/{attachmentId}/content}; the case opened from the item has it as a
	 * document under the same id.
	 */
	public record Attachment(UUID id, String fileName, String mediaType, String declaredType, long size, String sha256,
			String uploadedBy, String uploadedAgency, Instant uploadedAt) {
	}

	/** One line of an agency's queue: soonest due first, with the working days left. */
	public record QueueEntry(UUID id, IntakeKind kind, IntakeChannel channel, String workOrder, Instant receivedAt,
			String businessName, String creditCode, IntakeStatus status, String currentStep, Instant dueAt,
			Integer workingDaysLeft, boolean realName) {
	}
}
