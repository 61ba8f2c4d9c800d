package org.jointcase.assistance;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jointcase.assistance.AssistanceRepository.AddresseeRow;
import org.jointcase.assistance.AssistanceRepository.ReplyRow;
import org.jointcase.assistance.AssistanceRepository.RequestRow;
import org.jointcase.assistance.AssistanceViews.AddresseeStatus;
import org.jointcase.audit.Refusals;
import org.jointcase.cases.process.TimelineAudience;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.springframework.stereotype.Component;

/**
 * The policy of assistance requests, asked by every path to a request. The requesting agency reads all of it; an
 * agency the request was addressed to reads its own part — its status, its steps, its replies — from the moment the
 * request went out, and keeps reading it after its part ended, when the case itself is no longer visible to it;
 * another agency's reply only when the requester shared it. Anyone else gets the 404 of a request that does not
 * exist. The requester's inspectors and supervisors cancel and readdress; the addressed agency's ask for more time
 * and upload the documents of their reply; any other reader gets 403 with the rule. Whether the request's state
 * allows an action is the service's to answer (409). Refusals go through {@link Refusals}. As the case timeline's
 * {@link TimelineAudience} for replies, it shows an entry about a reply only where the request shows that reply.
 */
@Component
class AssistancePolicy implements TimelineAudience {

	/** The subject type of case timeline entries about a reply; the subject id is the reply's id. */
	static final String REPLY_SUBJECT = "assistance-reply";

	/** The actions a {@link AssistanceViews.RequestView} or one of its addressees may name. */
	static final String CANCEL = "cancel", READDRESS = "readdress", ASK_EXTENSION = "ask-extension",
			UPLOAD_REPLY_DOCUMENT = "upload-reply-document";

	private static final String TARGET = "assistance-request";

	private final AssistanceRepository repository;
	private final Refusals refusals;

	AssistancePolicy(AssistanceRepository repository, Refusals refusals) {
		this.repository = repository;
		this.refusals = refusals;
	}

	/** The request for an officer who reads it, audited; otherwise an audited 404. */
	RequestRow read(SignedInOfficer officer, UUID requestId, String action) {
		RequestRow request = visible(officer, requestId, action);
		refusals.allowedRead(officer, action, TARGET, requestId.toString(), request.caseId());
		return request;
	}

	/** The request for an inspector or supervisor of the requesting agency; 403 for other readers, else 404. */
	RequestRow requireRequester(SignedInOfficer officer, UUID requestId, String action) {
		RequestRow request = visible(officer, requestId, action);
		if (!requester(officer, request) || !caseWorker(officer)) {
			throw refuse(officer, action, request, "requesting-agency",
					"Only inspectors and supervisors of the requesting agency do this");
		}
		refusals.allowedChange(officer, action, TARGET, requestId.toString(), request.caseId());
		return request;
	}

	/**
	 * The request for an inspector or supervisor of {@code agency}, one the request was addressed to, acting on its
	 * own part; 403 for other readers, else 404.
	 */
	RequestRow requireAddressee(SignedInOfficer officer, UUID requestId, String agency, String action) {
		RequestRow request = visible(officer, requestId, action);
		if (!officer.agencyCode().equals(agency) || requester(officer, request) || !caseWorker(officer)) {
			throw refuse(officer, action, request, "addressed-agency",
					"Only inspectors and supervisors of the addressed agency act on its part");
		}
		refusals.allowedChange(officer, action, TARGET, requestId.toString(), request.caseId());
		return request;
	}

	/**
	 * Whether the officer may act at a step of the request's process ({@code step}, about {@code agency}'s part, or
	 * the request as a whole when {@code agency} is null): the requesting agency at its own steps, the addressed
	 * agency at the steps of its part while that part runs. The inbox has checked that the officer is a candidate of
	 * the task; this keeps the rule about parts here. 404 for an officer who does not read the request, else 403.
	 */
	void requireStep(SignedInOfficer officer, RequestRow request, String step, String agency, String action) {
		if (!reads(officer.agencyCode(), request)) {
			throw refusals.notVisible(officer, action, TARGET, request.id().toString(), null, "Assistance request");
		}
		String acting = agency == null || AssistanceProcess.REQUESTER_STEPS.contains(step) ? request.requesterAgency()
				: agency;
		boolean partRuns = agency == null || repository.addressee(request.id(), agency)
			.filter(addressee -> !partEnded(request, addressee)).isPresent();
		if (!officer.agencyCode().equals(acting) || !partRuns) {
			throw refuse(officer, action, request, "agency-of-the-step",
					"This step is for " + acting + " while its part of the request runs");
		}
	}

	private RequestRow visible(SignedInOfficer officer, UUID requestId, String action) {
		return repository.find(requestId, false)
			.filter(request -> reads(officer.agencyCode(), request))
			.orElseThrow(() -> refusals.notVisible(officer, action, TARGET, requestId.toString(), null,
					"Assistance request"));
	}

	/** Whether the agency reads the request: it asked, or was addressed by it once it went out. */
	boolean reads(String agencyCode, RequestRow request) {
		return agencyCode.equals(request.requesterAgency())
				|| (request.sentAt() != null && repository.addressee(request.id(), agencyCode).isPresent());
	}

	boolean requester(SignedInOfficer officer, RequestRow request) {
		return officer.agencyCode().equals(request.requesterAgency());
	}

	/**
	 * Whether the addressed agency's part has ended: its reply accepted, its decline let stand, itself replaced by
	 * another agency, or the request over. Its access to the case ends with it.
	 */
	static boolean partEnded(RequestRow request, AddresseeRow addressee) {
		return request.status().finished() || !addressee.active()
				|| addressee.status() == AddresseeStatus.REPLY_ACCEPTED;
	}

	/** The actions on the request as a whole the officer may take now. */
	Set<String> actions(SignedInOfficer officer, RequestRow request) {
		return requester(officer, request) && caseWorker(officer) && !request.status().finished() ? Set.of(CANCEL)
				: Set.of();
	}

	/** The actions on one addressed agency's part the officer may take now. */
	Set<String> actions(SignedInOfficer officer, RequestRow request, AddresseeRow addressee) {
		Set<String> actions = new LinkedHashSet<>();
		if (!caseWorker(officer) || partEnded(request, addressee)) {
			return actions;
		}
		if (requester(officer, request) && addressee.status() == AddresseeStatus.DECLINED) {
			actions.add(READDRESS);
		}
		boolean replying = addressee.status() == AddresseeStatus.ACCEPTED
				|| addressee.status() == AddresseeStatus.SUPPLEMENT_ASKED;
		if (officer.agencyCode().equals(addressee.agencyCode()) && replying) {
			if (addressee.extensionDays() == null) {
				actions.add(ASK_EXTENSION);
			}
			actions.add(UPLOAD_REPLY_DOCUMENT);
		}
		return actions;
	}

	/**
	 * Whether an officer of {@code agencyCode} sees the reply: its own agency always, the requesting agency once the
	 * reply left its agency, the other addressed agencies only when the requester shared it.
	 */
	boolean seesReply(String agencyCode, RequestRow request, ReplyRow reply) {
		if (reply.agencyCode().equals(agencyCode)) {
			return true;
		}
		if (agencyCode.equals(request.requesterAgency())) {
			return reply.status().left();
		}
		return reply.shared() && reads(agencyCode, request);
	}

	/** {@link #seesReply} for the reply with this id; false when there is none. */
	boolean seesReply(String agencyCode, UUID replyId) {
		Optional<ReplyRow> reply = repository.reply(replyId);
		return reply.flatMap(r -> repository.find(r.requestId(), false))
			.map(request -> seesReply(agencyCode, request, reply.orElseThrow()))
			.orElse(false);
	}

	@Override
	public String subjectType() {
		return REPLY_SUBJECT;
	}

	@Override
	public boolean sees(SignedInOfficer officer, String replyId) {
		return seesReply(officer.agencyCode(), UUID.fromString(replyId));
	}

	private RuntimeException refuse(SignedInOfficer officer, String action, RequestRow request, String rule,
			String why) {
		return refusals.forbidden(officer, action, TARGET, request.id().toString(), request.caseId(), rule, why);
	}

	private static boolean caseWorker(SignedInOfficer officer) {
		return officer.hasRole(Role.INSPECTOR) || officer.hasRole(Role.SUPERVISOR);
	}
}
