package org.jointcase.disclosures;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.jointcase.audit.AuditEvent;
import org.jointcase.audit.AuditOutcome;
import org.jointcase.audit.AuditTrail;
import org.jointcase.cases.CaseViews.CaseView;
import org.jointcase.cases.Cases;
import org.jointcase.cases.ShareScope;
import org.jointcase.cases.ShareSource;
import org.jointcase.cases.process.CaseProcessing;
import org.jointcase.cases.process.ShareGrant;
import org.jointcase.cases.process.TimelineSubject;
import org.jointcase.directory.Role;
import org.jointcase.engine.CandidateGroups;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.ProcessVariables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.jointcase.disclosures.InformantDisclosureProcess.*;

/**
 * Requests for the informant's identity. An officer of the owner agency that does not know who reported asks the
 * agency that recorded the informant; the informant-disclosure process puts the question to that agency's
 * supervisors and calls back here for the effect of their answer: a grant of the identity (a summary share that
 * includes it, source {@link ShareSource#DISCLOSURE}) or the recorded refusal. Both are on the case's timeline, seen
 * by the two agencies only, and in the audit trail. The identity itself is never part of a request.
 */
@Service
public class InformantRequests {

	/** The subject type of the timeline entries about a request; {@link InformantRequestAudience} shows them. */
	static final String SUBJECT = "informant-request";

	private final DisclosureRepository repository;
	private final DisclosurePolicy policy;
	private final Cases cases;
	private final CaseProcessing processing;
	private final RuntimeService runtime;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;

	InformantRequests(DisclosureRepository repository, DisclosurePolicy policy, Cases cases, CaseProcessing processing,
			RuntimeService runtime, AuditTrail audit, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.policy = policy;
		this.cases = cases;
		this.processing = processing;
		this.runtime = runtime;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Asks the recording agency for the identity: 404 where the officer does not see the case, 403 with the rule
	 * where they may not ask (not the owner agency, no informant, the identity known already), 409 while their
	 * agency's earlier request waits for an answer.
	 */
	public InformantRequestView request(SignedInOfficer officer, UUID caseId, NewInformantRequest input) {
		CaseView view = cases.get(officer, caseId);
		policy.requireRequest(officer, view);
		if (repository.pending(caseId, officer.agencyCode())) {
			throw DisclosurePolicy.alreadyPending();
		}
		UUID id = UUID.randomUUID();
		String recordingAgency = view.informant().recordedBy();
		try {
			transaction.executeWithoutResult(status -> start(officer, caseId, recordingAgency, input.reason().trim(), id));
		}
		catch (DuplicateKeyException concurrent) {
			throw DisclosurePolicy.alreadyPending();
		}
		return get(officer, id);
	}

	private void start(SignedInOfficer officer, UUID caseId, String recordingAgency, String reason, UUID id) {
		repository.insert(new DisclosureRepository.Request(id, caseId, officer.agencyCode(), recordingAgency, reason,
				InformantRequestStatus.PENDING, officer.username(), Instant.now(), null, null, null, null));
		processing.recordEvent(caseId, officer.username(), officer.agencyCode(), "INFORMANT_IDENTITY_REQUESTED",
				recordingAgency + ": " + reason, subject(id));
		audit.recordChange(AuditEvent.by(officer, "informant-request.create", SUBJECT, id.toString(), caseId,
				AuditOutcome.ALLOWED, "asked " + recordingAgency));
		Map<String, Object> variables = new HashMap<>();
		variables.put(ProcessVariables.CASE_ID, caseId.toString());
		variables.put(RECORDING_SUPERVISORS, CandidateGroups.of(recordingAgency, Role.SUPERVISOR));
		repository.setProcessInstance(id, runtime.startProcessInstanceByKey(KEY, id.toString(), variables).getId());
	}

	/** The request, for officers of the two agencies it involves; anyone else gets 404. */
	public InformantRequestView get(SignedInOfficer officer, UUID id) {
		return view(policy.readable(officer, id, "informant-request.read"));
	}

	/**
	 * The requests of a case that involve the officer's agency, and whether the officer may ask now
	 * ({@code request-informant-identity}); 404 where the officer does not see the case.
	 */
	public InformantRequestView.OfCase ofCase(SignedInOfficer officer, UUID caseId) {
		CaseView view = cases.get(officer, caseId);
		List<InformantRequestView> requests = repository.ofCase(caseId).stream()
			.filter(r -> policy.reads(officer, r))
			.map(this::view)
			.toList();
		return new InformantRequestView.OfCase(policy.caseActions(officer, view), requests);
	}

	private InformantRequestView view(DisclosureRepository.Request r) {
		return new InformantRequestView(r.id(), r.caseId(), processing.header(r.caseId()).reference(),
				r.requestingAgency(), r.recordingAgency(), r.reason(), r.status(), r.requestedBy(), r.requestedAt(),
				r.decidedBy(), r.decidedAt(), r.decisionNote());
	}

	// The effects of the process, called by its task actions and service tasks.

	/** A supervisor of the recording agency decides; the officer who asked never does. */
	void decided(UUID id, SignedInOfficer officer, boolean granted, String note) {
		DisclosureRepository.Request request = repository.find(id).orElseThrow();
		policy.requireDecider(officer, request);
		repository.decide(id, granted ? InformantRequestStatus.GRANTED : InformantRequestStatus.REFUSED,
				officer.username(), note, Instant.now());
	}

	/** Granted: the requesting agency reads the identity through a logged grant of its own. */
	void disclose(UUID id, String actor, String actorAgency) {
		DisclosureRepository.Request r = repository.find(id).orElseThrow();
		processing.grant(new ShareGrant(r.caseId(), r.requestingAgency(), ShareScope.SUMMARY, true,
				"The recording agency disclosed the informant's identity on request", ShareSource.DISCLOSURE,
				id.toString(), actor, actorAgency, null, List.of()));
		processing.recordEvent(r.caseId(), actor, actorAgency, "INFORMANT_IDENTITY_DISCLOSED",
				r.requestingAgency(), subject(id));
		audit.recordChange(new AuditEvent(actor, actorAgency, "informant-request.grant", SUBJECT, id.toString(), r.caseId(),
				AuditOutcome.ALLOWED, "to " + r.requestingAgency()));
	}

	/** Refused: the identity stays with the agencies that know it; the refusal and its reason are recorded. */
	void refuse(UUID id, String actor, String actorAgency) {
		DisclosureRepository.Request r = repository.find(id).orElseThrow();
		processing.recordEvent(r.caseId(), actor, actorAgency, "INFORMANT_IDENTITY_REFUSED",
				r.requestingAgency() + ": " + r.decisionNote(), subject(id));
		audit.recordChange(new AuditEvent(actor, actorAgency, "informant-request.refuse", SUBJECT, id.toString(), r.caseId(),
				AuditOutcome.ALLOWED, "to " + r.requestingAgency()));
	}

	private static TimelineSubject subject(UUID id) {
		return new TimelineSubject(SUBJECT, id.toString());
	}
}
