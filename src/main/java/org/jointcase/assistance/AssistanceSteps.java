package org.jointcase.assistance;

import static org.jointcase.assistance.AssistanceProcess.ACCEPTED;
import static org.jointcase.assistance.AssistanceProcess.ADDRESSEE;
import static org.jointcase.assistance.AssistanceProcess.APPROVED;
import static org.jointcase.assistance.AssistanceProcess.READDRESSED;
import static org.jointcase.assistance.AssistanceProcess.REPLY_ACCEPTED;
import static org.jointcase.assistance.AssistanceProcess.REPLY_APPROVED;
import static org.jointcase.assistance.AssistanceProcess.WITHDRAWN;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.jointcase.assistance.AssistanceActions.AcceptReply;
import org.jointcase.assistance.AssistanceActions.Comment;
import org.jointcase.assistance.AssistanceActions.Decline;
import org.jointcase.assistance.AssistanceActions.Readdress;
import org.jointcase.assistance.AssistanceActions.Reason;
import org.jointcase.assistance.AssistanceActions.Reply;
import org.jointcase.assistance.AssistanceActions.Resubmit;
import org.jointcase.assistance.AssistanceActions.Supplement;
import org.jointcase.assistance.AssistanceRepository.AddresseeRow;
import org.jointcase.assistance.AssistanceRepository.ReplyRow;
import org.jointcase.assistance.AssistanceRepository.RequestRow;
import org.jointcase.assistance.AssistanceViews.AddresseeStatus;
import org.jointcase.assistance.AssistanceViews.ReplyStatus;
import org.jointcase.assistance.AssistanceViews.RequestStatus;
import org.jointcase.assistance.AssistanceViews.Upload;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.OpenTask;
import org.jointcase.tasks.ProcessSteps;
import org.jointcase.tasks.TaskDeadlines;
import org.jointcase.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What officers do at the tasks of {@code assistance-request}. The requesting agency's supervisor approves or sends
 * the request back (its inspector then resubmits or withdraws it); each addressed agency's supervisor accepts or
 * declines; the requester readdresses a decline or lets it stand; the agency's inspector replies item by item and
 * its supervisor approves the reply; the requester accepts it or asks for a supplement, and decides on extensions.
 */
@Component
class AssistanceSteps implements ProcessSteps {

	static final String APPROVE = "approve";
	static final String SEND_BACK = "send-back";
	static final String RESUBMIT = "resubmit";
	static final String WITHDRAW = "withdraw";
	static final String ACCEPT = "accept";
	static final String DECLINE = "decline";
	static final String READDRESS = "readdress";
	static final String LET_DECLINE_STAND = "let-decline-stand";
	static final String REPLY = "reply";
	static final String ASK_SUPPLEMENT = "ask-supplement";
	static final String GRANT = "grant";
	static final String REFUSE = "refuse";

	private static final Map<String, Map<String, Class<?>>> ACTIONS = Map.of(
			AssistanceProcess.APPROVE_REQUEST, Map.of(APPROVE, Comment.class, SEND_BACK, Reason.class),
			AssistanceProcess.REVISE_REQUEST, Map.of(RESUBMIT, Resubmit.class, WITHDRAW, Reason.class),
			AssistanceProcess.ACCEPT_REQUEST, Map.of(ACCEPT, Comment.class, DECLINE, Decline.class),
			AssistanceProcess.CONSIDER_DECLINE, Map.of(READDRESS, Readdress.class, LET_DECLINE_STAND, Comment.class),
			AssistanceProcess.REPLY, Map.of(REPLY, Reply.class),
			AssistanceProcess.APPROVE_REPLY, Map.of(APPROVE, Comment.class, SEND_BACK, Reason.class),
			AssistanceProcess.REVISE_REPLY, Map.of(REPLY, Reply.class),
			AssistanceProcess.REVIEW_REPLY, Map.of(ACCEPT, AcceptReply.class, ASK_SUPPLEMENT, Supplement.class),
			AssistanceProcess.DECIDE_EXTENSION, Map.of(GRANT, Comment.class, REFUSE, Reason.class));

	private final AssistanceRequests requests;
	private final AssistancePolicy policy;
	private final AssistanceRepository repository;
	private final TaskService taskService;
	private final TaskDeadlines deadlines;
	private final ApplicationEventPublisher events;

	AssistanceSteps(AssistanceRequests requests, AssistancePolicy policy, AssistanceRepository repository,
			TaskService taskService, TaskDeadlines deadlines, ApplicationEventPublisher events) {
		this.events = events;
		this.requests = requests;
		this.policy = policy;
		this.repository = repository;
		this.taskService = taskService;
		this.deadlines = deadlines;
	}

	@Override
	public String processKey() {
		return AssistanceProcess.KEY;
	}

	@Override
	public void lockRecord(String recordId) {
		repository.find(UUID.fromString(recordId), true);
	}

	@Override
	public Map<String, Map<String, Class<?>>> actions() {
		return ACTIONS;
	}

	@Override
	public Map<String, Object> act(OpenTask task, SignedInOfficer officer, String action, Object body) {
		RequestRow request = repository.find(UUID.fromString(task.recordId()), true).orElseThrow();
		Object addressee = taskService.getVariable(task.id(), ADDRESSEE);
		String agency = addressee == null ? null : addressee.toString();
		policy.requireStep(officer, request, task.step(), agency, "assistance." + action);
		return switch (task.step()) {
			case AssistanceProcess.APPROVE_REQUEST -> approveRequest(request, officer, action, body);
			case AssistanceProcess.REVISE_REQUEST -> reviseRequest(request, officer, action, body);
			case AssistanceProcess.ACCEPT_REQUEST -> acceptRequest(request, agency, officer, action, body);
			case AssistanceProcess.CONSIDER_DECLINE -> considerDecline(request, agency, officer, action, body);
			case AssistanceProcess.REPLY, AssistanceProcess.REVISE_REPLY -> reply(request, agency, officer, (Reply) body);
			case AssistanceProcess.APPROVE_REPLY -> approveReply(request, agency, officer, action, body);
			case AssistanceProcess.REVIEW_REPLY -> reviewReply(request, agency, officer, action, body);
			case AssistanceProcess.DECIDE_EXTENSION -> decideExtension(request, agency, officer, action, body);
			default -> throw new IllegalStateException("No actions at " + task.step());
		};
	}

	private Map<String, Object> approveRequest(RequestRow request, SignedInOfficer officer, String action,
			Object body) {
		if (action.equals(APPROVE)) {
			record(request, officer, "ASSISTANCE_APPROVED", ((Comment) body).comment());
			return Map.of(APPROVED, true);
		}
		repository.setStatus(request.id(), RequestStatus.SENT_BACK);
		record(request, officer, "ASSISTANCE_SENT_BACK", ((Reason) body).reason());
		return Map.of(APPROVED, false);
	}

	private Map<String, Object> reviseRequest(RequestRow request, SignedInOfficer officer, String action,
			Object body) {
		if (action.equals(WITHDRAW)) {
			String reason = ((Reason) body).reason();
			repository.finish(request.id(), RequestStatus.WITHDRAWN, officer.username(), reason, Instant.now());
			record(request, officer, "ASSISTANCE_WITHDRAWN", reason);
			return Map.of(WITHDRAWN, true);
		}
		Resubmit resubmit = (Resubmit) body;
		if (resubmit.items() != null) {
			repository.setItems(request.id(), resubmit.items());
		}
		repository.setStatus(request.id(), RequestStatus.AWAITING_APPROVAL);
		record(request, officer, "ASSISTANCE_RESUBMITTED", resubmit.comment());
		return Map.of(WITHDRAWN, false);
	}

	private Map<String, Object> acceptRequest(RequestRow request, String agency, SignedInOfficer officer,
			String action, Object body) {
		if (action.equals(ACCEPT)) {
			repository.setAddresseeStatus(request.id(), agency, AddresseeStatus.ACCEPTED);
			record(request, officer, "ASSISTANCE_ACCEPTED", agency);
			return Map.of(ACCEPTED, true);
		}
		Decline decline = (Decline) body;
		if (decline.suggestedAgency() != null) {
			requests.requireOtherAgency("suggestedAgency", agency, decline.suggestedAgency());
		}
		repository.decline(request.id(), agency, decline.reason(), decline.suggestedAgency());
		record(request, officer, "ASSISTANCE_DECLINED",
				agency + (decline.suggestedAgency() == null ? "" : " → " + decline.suggestedAgency()));
		return Map.of(ACCEPTED, false);
	}

	private Map<String, Object> considerDecline(RequestRow request, String agency, SignedInOfficer officer,
			String action, Object body) {
		if (action.equals(LET_DECLINE_STAND)) {
			repository.setAddresseeStatus(request.id(), agency, AddresseeStatus.DECLINE_STANDS);
			requests.revokeAccess(request.id(), agency, officer.username(), officer.agencyCode());
			record(request, officer, "ASSISTANCE_DECLINE_STANDS", agency);
			return Map.of(READDRESSED, false);
		}
		String newAgency = ((Readdress) body).agencyCode();
		requests.requireOtherAgency("agencyCode", request.requesterAgency(), newAgency);
		if (repository.addressee(request.id(), newAgency).isPresent()) {
			throw ApiProblem.conflict("agencyCode", "not-addressed-yet", newAgency + " was addressed by this request");
		}
		repository.replace(request.id(), agency, newAgency);
		repository.insertAddressee(request.id(), newAgency, Instant.now());
		requests.revokeAccess(request.id(), agency, officer.username(), officer.agencyCode());
		requests.grantAccess(request, newAgency, officer.username());
		record(request, officer, "ASSISTANCE_READDRESSED", agency + " -> " + newAgency);
		return Map.of(READDRESSED, true, ADDRESSEE, newAgency);
	}

	private Map<String, Object> reply(RequestRow request, String agency, SignedInOfficer officer, Reply reply) {
		Set<Integer> answered = new HashSet<>();
		for (int i = 0; i < reply.findings().size(); i++) {
			int item = reply.findings().get(i).item();
			if (item > request.items().size()) {
				throw ApiProblem.invalid("findings[" + i + "].item", "item-of-the-request",
						"The request has " + request.items().size() + " items");
			}
			if (!answered.add(item)) {
				throw ApiProblem.invalid("findings[" + i + "].item", "once", "Item " + item + " is answered twice");
			}
		}
		if (answered.size() != request.items().size()) {
			throw ApiProblem.invalid("findings", "every-item", "Answer each of the " + request.items().size()
					+ " items");
		}
		List<UUID> documentIds = reply.documentIds() == null ? List.of() : reply.documentIds();
		Set<UUID> uploaded = new HashSet<>(repository.uploads(request.id(), agency).stream().map(Upload::id)
			.toList());
		if (!uploaded.containsAll(documentIds)) {
			throw ApiProblem.invalid("documentIds", "uploaded-for-this-reply",
					"Name documents uploaded for this request by " + agency);
		}
		repository.insertReply(new ReplyRow(UUID.randomUUID(), request.id(), agency, reply.findings(), documentIds,
				ReplyStatus.AWAITING_APPROVAL, null, false, officer.username(), Instant.now()));
		repository.setAddresseeStatus(request.id(), agency, AddresseeStatus.REPLY_AWAITING_APPROVAL);
		return Map.of();
	}

	private Map<String, Object> approveReply(RequestRow request, String agency, SignedInOfficer officer,
			String action, Object body) {
		ReplyRow reply = repository.latestReply(request.id(), agency).orElseThrow();
		if (action.equals(APPROVE)) {
			repository.updateReply(reply.id(), ReplyStatus.SENT, null, false);
			repository.setAddresseeStatus(request.id(), agency, AddresseeStatus.REPLIED);
			events.publishEvent(new AssistanceAnswered(request.id(), request.caseId(), request.requesterAgency(), agency,
					reply.id(), requests.repliedOnTime(request, agency), officer.username(),
					officer.agencyCode()));
			return Map.of(REPLY_APPROVED, true);
		}
		repository.updateReply(reply.id(), ReplyStatus.SENT_BACK, ((Reason) body).reason(), false);
		repository.setAddresseeStatus(request.id(), agency, AddresseeStatus.ACCEPTED);
		return Map.of(REPLY_APPROVED, false);
	}

	private Map<String, Object> reviewReply(RequestRow request, String agency, SignedInOfficer officer,
			String action, Object body) {
		ReplyRow reply = repository.latestReply(request.id(), agency).orElseThrow();
		if (action.equals(ACCEPT)) {
			AcceptReply accept = (AcceptReply) body;
			repository.updateReply(reply.id(), ReplyStatus.ACCEPTED, accept.comment(),
					Boolean.TRUE.equals(accept.shareWithAddressees()));
			repository.setAddresseeStatus(request.id(), agency, AddresseeStatus.REPLY_ACCEPTED);
			// The agency's part has ended: it keeps its items and replies in the request, not the case.
			requests.revokeAccess(request.id(), agency, officer.username(), officer.agencyCode());
			events.publishEvent(new ReplyAccepted(request.id(), request.caseId(), request.requesterAgency(), agency,
					reply.id(), officer.username(), officer.agencyCode()));
			return Map.of(REPLY_ACCEPTED, true);
		}
		repository.updateReply(reply.id(), ReplyStatus.SUPPLEMENT_ASKED, ((Supplement) body).what(), false);
		repository.setAddresseeStatus(request.id(), agency, AddresseeStatus.SUPPLEMENT_ASKED);
		recordAboutReply(request, officer, "ASSISTANCE_SUPPLEMENT_ASKED", agency, reply);
		return Map.of(REPLY_ACCEPTED, false);
	}

	private Map<String, Object> decideExtension(RequestRow request, String agency, SignedInOfficer officer,
			String action, Object body) {
		AddresseeRow addressee = repository.addressee(request.id(), agency).orElseThrow();
		repository.setExtensionAsked(request.id(), agency, null, null);
		if (action.equals(REFUSE)) {
			record(request, officer, "ASSISTANCE_EXTENSION_REFUSED", agency + ": " + ((Reason) body).reason());
			return Map.of();
		}
		// The agency's period lives in its open reply task: extending that task moves its due date and notices.
		requests.openTask(request, AssistanceProcess.REPLY, agency)
			.ifPresent(reply -> deadlines.extendAsDecided(reply.id(), addressee.extensionDays(), officer.username(),
					officer.agencyCode(), "extension granted to " + agency + ": " + addressee.extensionReason()));
		events.publishEvent(new ExtensionGranted(request.id(), request.caseId(), request.requesterAgency(), agency,
				addressee.extensionDays()));
		return Map.of();
	}

	private void record(RequestRow request, SignedInOfficer officer, String type, String detail) {
		requests.record(request.caseId(), officer.username(), officer.agencyCode(), type, detail);
	}

	private void recordAboutReply(RequestRow request, SignedInOfficer officer, String type, String detail,
			ReplyRow reply) {
		requests.recordAboutReply(request.caseId(), officer.username(), officer.agencyCode(), type, detail, reply.id());
	}
}
