package org.jointcase.leads;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.jointcase.alerts.Alerts;
import org.jointcase.alerts.AlertViews.AlertNotice;
import org.jointcase.calendar.DeadlineRules;
import org.jointcase.cases.Access;
import org.jointcase.cases.CaseAccess;
import org.jointcase.cases.CaseDocuments;
import org.jointcase.cases.CaseViews.Document;
import org.jointcase.cases.CaseViews.OverlappingCase;
import org.jointcase.cases.CaseViews.Party;
import org.jointcase.cases.process.CaseHeader;
import org.jointcase.cases.process.CaseProcessing;
import org.jointcase.cases.process.ShareGrant;
import org.jointcase.cases.ShareScope;
import org.jointcase.cases.ShareSource;
import org.jointcase.directory.Agency;
import org.jointcase.directory.Directory;
import org.jointcase.directory.Role;
import org.jointcase.engine.CandidateGroups;
import org.jointcase.engine.ProcessTrace;
import org.jointcase.engine.ProcessTraces;
import org.jointcase.idempotency.Idempotency;
import org.jointcase.intake.HotSpots;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.Inbox;
import org.jointcase.tasks.OpenTask;
import org.jointcase.tasks.ProcessVariables;
import org.jointcase.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import static org.jointcase.leads.LeadTransferProcess.*;

/**
 * Lead transfers. An inspector of the owner agency proposes; the lead-transfer process carries the rest, calling back
 * into this service for each effect: the target's access once approved, the common superior's on a dispute, the
 * change of owner, and the end of the access the transfer gave. A case has at most one transfer in flight.
 */
@Service
public class LeadTransfers {

	private static final String PUBLIC_SECURITY = "PS";

	private final TransferRepository repository;
	private final TransferPolicy policy;
	private final CaseAccess access;
	private final CaseDocuments caseDocuments;
	private final CaseProcessing processing;
	private final Directory directory;
	private final RuntimeService runtime;
	private final Inbox inbox;
	private final ProcessTraces traces;
	private final Idempotency idempotency;
	private final HotSpots hotSpots;
	private final Alerts alerts;
	private final ApplicationEventPublisher events;

	LeadTransfers(TransferRepository repository, TransferPolicy policy, CaseAccess access,
			CaseDocuments caseDocuments, CaseProcessing processing, Directory directory, RuntimeService runtime,
			Inbox inbox, ProcessTraces traces, Idempotency idempotency, HotSpots hotSpots, Alerts alerts,
			ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.policy = policy;
		this.access = access;
		this.caseDocuments = caseDocuments;
		this.processing = processing;
		this.directory = directory;
		this.runtime = runtime;
		this.inbox = inbox;
		this.traces = traces;
		this.idempotency = idempotency;
		this.hotSpots = hotSpots;
		this.alerts = alerts;
	}

	/**
	 * What the platform warns about before a transfer is sent or accepted: other agencies' open cases and the open
	 * complaints and reports (where they are, never what they say) naming the case's businesses, and the active
	 * alerts the officer's agency sees about them ({@code alerts}); {@code allowedActions} names
	 * {@link TransferView#PROPOSE} when the officer may propose a transfer of the case now.
	 */
	public record TransferCheck(List<OverlappingCase> overlapping, List<HotSpots.OpenItem> openIntakeItems,
			List<AlertNotice> alerts,
			boolean designatedToOwner, boolean transferInFlight, Set<String> allowedActions) {
	}

	public TransferCheck check(SignedInOfficer officer, UUID caseId) {
		Access granted = policy.requireCheck(officer, caseId);
		boolean designated = repository.designatedTo(caseId, officer.agencyCode());
		boolean inFlight = repository.inFlight(caseId);
		List<Party> businesses = processing.businesses(granted.caseId());
		return new TransferCheck(processing.overlapping(granted.caseId()),
				hotSpots.openNaming(processing.creditCodes(granted.caseId())),
				alerts.activeAbout(officer, businesses.stream().map(Party::creditCode).toList(),
						businesses.stream().map(Party::name).toList()),
				designated, inFlight, policy.caseActions(officer, granted, designated, inFlight));
	}

	/**
	 * An inspector of the owner agency proposes to transfer the case. The case's row is locked first, so of
	 * concurrent proposals one wins and the others get 409 ({@code one-transfer-in-flight}). With an idempotency key,
	 * a retry answers the transfer made the first time, also while the first still runs ({@link Idempotency}).
	 */
	public TransferView propose(SignedInOfficer officer, UUID caseId, TransferProposal proposal, String idempotencyKey) {
		record Proposed(UUID caseId, TransferProposal proposal) {
		}
		return idempotency.once(new Idempotency.Request(officer.username(), idempotencyKey, "transfer.propose",
				new Proposed(caseId, proposal)), TransferView.class, TransferView::id, () -> {
					policy.requirePropose(officer, caseId);
					processing.lock(caseId);
					validate(officer, caseId, proposal);
					UUID id = UUID.randomUUID();
					start(officer, caseId, proposal, id);
					return get(officer, id);
				});
	}

	private void validate(SignedInOfficer officer, UUID caseId, TransferProposal proposal) {
		Agency target = directory.agency(proposal.targetAgency())
			.orElseThrow(() -> ApiProblem.invalid("targetAgency", "known-agency", "No agency has that code"));
		if (target.code().equals(officer.agencyCode())) {
			throw ApiProblem.invalid("targetAgency", "another-agency", "A case is transferred to another agency");
		}
		if (proposal.kind() == TransferKind.CRIME && !PUBLIC_SECURITY.equals(target.departmentCode())) {
			throw ApiProblem.invalid("targetAgency", "public-security",
					"A suspected crime is transferred to a public security agency");
		}
		if (!processing.documentIds(caseId).containsAll(proposal.documents())) {
			throw ApiProblem.invalid("documentIds", "documents-of-this-case", "Every document must belong to this case");
		}
		if (repository.designatedTo(caseId, officer.agencyCode())) {
			throw ApiProblem.conflict("caseId", "designated-agency-keeps-the-case", "Your agency was designated to handle "
					+ "this case: it may not transfer it onward by itself but refers it to the common superior");
		}
		if (repository.inFlight(caseId)) {
			throw ApiProblem.conflict("caseId", "one-transfer-in-flight", "The case already has a transfer in flight");
		}
	}

	private void start(SignedInOfficer officer, UUID caseId, TransferProposal proposal, UUID id) {
		Instant now = Instant.now();
		repository.insert(new TransferRepository.Transfer(id, caseId, proposal.kind(), officer.agencyCode(),
				proposal.targetAgency(), proposal.reason().trim(), TransferStatus.PROPOSED, null, null, null, null, null,
				officer.username(), now, null, null, null, null));
		repository.insertDocuments(id, proposal.documents());
		repository.insertStep(id, officer.username(), officer.agencyCode(), "ProposeTransfer", "propose",
				proposal.reason().trim());
		processing.recordEvent(caseId, officer.username(), officer.agencyCode(), "TRANSFER_PROPOSED",
				proposal.targetAgency() + (proposal.kind() == TransferKind.CRIME ? " " + TransferKind.CRIME : ""));
		boolean crime = proposal.kind() == TransferKind.CRIME;
		Map<String, Object> variables = new HashMap<>();
		variables.put(ProcessVariables.CASE_ID, caseId.toString());
		variables.put(SENDER_SUPERVISORS, CandidateGroups.of(officer.agencyCode(), Role.SUPERVISOR));
		variables.put(SENDER_INSPECTORS, CandidateGroups.of(officer.agencyCode(), Role.INSPECTOR));
		variables.put(TARGET_SUPERVISORS, CandidateGroups.of(proposal.targetAgency(), Role.SUPERVISOR));
		variables.put(APPROVE_RULE, crime ? DeadlineRules.CRIME_TRANSFER_DECISION : DeadlineRules.APPROVE);
		variables.put(ACCEPT_RULE, crime ? DeadlineRules.CRIME_ACCEPTANCE : DeadlineRules.ACCEPT_TRANSFER);
		String processInstance = runtime.startProcessInstanceByKey(KEY, id.toString(), variables).getId();
		repository.setProcessInstance(id, processInstance);
	}

	/** The transfer record, for officers of the agencies it involves; anyone else gets 404. */
	public TransferView get(SignedInOfficer officer, UUID id) {
		return view(officer, policy.readable(officer, id, "transfer.read"));
	}

	/** The transfer's process for its diagram: every step, for the officers who read the record. */
	public Optional<ProcessTrace> process(SignedInOfficer officer, UUID id) {
		policy.readable(officer, id, "transfer.read-process");
		return traces.ofRecord(id, agency -> true);
	}

	/** The model of the transfer's process, for the officers who read the record. */
	public byte[] processModel(SignedInOfficer officer, UUID id) {
		policy.readable(officer, id, "transfer.read-process");
		return traces.modelOfRecord(id);
	}

	/** The transfers of a case that involve the officer's agency, if the officer sees the case. */
	public List<TransferView> ofCase(SignedInOfficer officer, UUID caseId) {
		policy.requireCaseRead(officer, caseId);
		return repository.ofCase(caseId).stream()
			.filter(t -> policy.reads(officer, t))
			.map(t -> view(officer, t))
			.toList();
	}

	/**
	 * The sender withdraws the transfer, until the target accepts or an agency is designated; a withdrawal that meets
	 * a decision taken meanwhile gets the 409 of the state it finds.
	 */
	public TransferView withdraw(SignedInOfficer officer, UUID id, String reason) {
		return idempotency.once(new Idempotency.Request(officer.username(), null, "transfer.withdraw", id),
				TransferView.class, TransferView::id, () -> {
					// The transfer's row first, as every task action on it: an approval running now finishes
					// before the withdrawal looks at the status, or finds the transfer withdrawn.
					repository.lock(id);
					policy.requireWithdraw(officer, id);
					repository.insertStep(id, officer.username(), officer.agencyCode(), "WithdrawTransfer", "withdraw",
							reason);
					runtime.createMessageCorrelation(WITHDRAWN_MESSAGE)
						.processInstanceBusinessKey(id.toString())
						.setVariable(ACTOR, officer.username())
						.setVariable(ACTOR_AGENCY, officer.agencyCode())
						.correlate();
					return get(officer, id);
				});
	}

	private TransferView view(SignedInOfficer officer, TransferRepository.Transfer t) {
		CaseHeader header = processing.header(t.caseId());
		List<TransferView.Viewer> viewers = processing
			.activeSharesFrom(ShareSource.TRANSFER, List.of(t.id().toString(), senderShare(t.id()), informantShare(t.id())))
			.stream()
			.map(share -> new TransferView.Viewer(share.agencyCode(), share.scope(), !share.documentIds().isEmpty(),
					share.includeInformant()))
			.toList();
		List<OpenTask> open = t.processInstanceId() == null ? List.of()
				: inbox.ofProcess(t.processInstanceId()).stream().filter(OpenTask::open).toList();
		boolean pending = t.closedAt() == null;
		List<UUID> documentIds = repository.documents(t.id());
		TransferView.InformantGrant informant = t.informantGrantedBy() == null ? null
				: new TransferView.InformantGrant(t.informantGrantedBy(), t.senderAgency(), t.informantGrantedAt());
		return new TransferView(t.id(), t.caseId(), header.reference(), header.title(), t.kind(), t.senderAgency(),
				t.targetAgency(), t.reason(), t.status(), t.designatorAgency(), t.designatedAgency(), t.newOwner(),
				t.resultReport(), documentIds, travelling(officer, t.caseId(), documentIds), informant != null,
				informant, repository.steps(t.id()), open, new TransferView.CaseAccessNow(header.ownerAgency(), viewers),
				pending ? processing.overlapping(t.caseId()) : List.of(), t.processInstanceId(), t.proposedAt(),
				t.proposedBy(), t.closedAt(), policy.actions(officer, t));
	}

	/**
	 * The travelling documents, named where the officer sees them and by id alone otherwise: the record outlives the
	 * access to the case that the transfer gave.
	 */
	private List<TransferView.TravellingDocument> travelling(SignedInOfficer officer, UUID caseId,
			List<UUID> documentIds) {
		boolean seesSome = !documentIds.isEmpty() && access.accessOf(officer.agencyCode(), caseId)
			.filter(granted -> documentIds.stream().anyMatch(granted::seesDocument))
			.isPresent();
		Map<UUID, String> names = seesSome ? caseDocuments.list(officer, caseId).stream()
			.collect(Collectors.toMap(Document::id, Document::fileName)) : Map.of();
		return documentIds.stream().map(id -> new TransferView.TravellingDocument(id, names.get(id))).toList();
	}

	// The effects of the process, called by its service tasks and task actions.

	void recordStep(UUID id, SignedInOfficer officer, String step, String action, String detail) {
		repository.insertStep(id, officer.username(), officer.agencyCode(), step, action, detail);
	}

	/**
	 * The sender's supervisor approves; {@code informantTravels} records the grant that the informant's identity
	 * travels (who and when), refused with 403 ({@code informant-known}) unless the sending agency knows it.
	 */
	void approved(UUID id, SignedInOfficer officer, boolean informantTravels) {
		TransferRepository.Transfer t = repository.find(id).orElseThrow();
		if (informantTravels) {
			policy.requireInformantKnown(officer, t);
		}
		repository.informantGrant(id, informantTravels ? officer.username() : null, Instant.now());
	}

	void sentBack(UUID id) {
		repository.status(id, TransferStatus.SENT_BACK);
	}

	void resubmitted(UUID id, String reason) {
		repository.reason(id, reason);
		repository.status(id, TransferStatus.PROPOSED);
	}

	/** Approved: the target sees the full record with the chosen documents, never the informant's identity. */
	void send(UUID id, String actor, String actorAgency) {
		TransferRepository.Transfer t = repository.find(id).orElseThrow();
		repository.sent(id, Instant.now());
		grant(t, t.targetAgency(), id.toString(), actor, actorAgency, "Transfer of the lead for acceptance");
		events.publishEvent(new TransferSent(id, t.caseId(), t.kind(), t.senderAgency(), t.targetAgency(), actor,
				actorAgency));
	}

	/**
	 * Disputed: the common superior of the two agencies designates; where there is none (different departments), the
	 * coordinators of the lowest common region do. Answers the candidate group of the designating task.
	 */
	String refer(UUID id, String actor, String actorAgency) {
		TransferRepository.Transfer t = repository.find(id).orElseThrow();
		String group = directory.commonSuperior(t.senderAgency(), t.targetAgency())
			.map(superior -> CandidateGroups.of(superior.code(), Role.SUPERVISOR))
			.or(() -> directory.coordinatingAgency(t.senderAgency(), t.targetAgency())
				.map(coordinator -> CandidateGroups.of(coordinator.code(), Role.COORDINATOR)))
			.orElseThrow(() -> new IllegalStateException("Nobody to designate for transfer " + id));
		String designator = CandidateGroups.agencyOf(group);
		repository.designator(id, designator);
		if (!designator.equals(t.senderAgency())) {
			grant(t, designator, id.toString(), actor, actorAgency, "Designation of the agency with jurisdiction");
		}
		events.publishEvent(new TransferDisputed(id, t.caseId(), t.senderAgency(), t.targetAgency(), designator, actor,
				actorAgency));
		return group;
	}

	void designated(UUID id, String agency) {
		repository.designated(id, agency);
		TransferRepository.Transfer t = repository.find(id).orElseThrow();
		events.publishEvent(new TransferDesignated(id, t.caseId(), t.designatorAgency(), agency));
	}

	/**
	 * The accepting or designated agency becomes the owner and the sender keeps read access through a share of its
	 * own, which outlives the transfer; the access the target and the designating agency had for deciding ends.
	 * Answers the candidate group that reports back, or {@code null} when the case was designated back to the sender.
	 */
	String handOver(UUID id, String actor, String actorAgency) {
		TransferRepository.Transfer t = repository.find(id).orElseThrow();
		// The target and the designating agency saw the case to decide; that access ends with the decision.
		processing.revokeAll(ShareSource.TRANSFER, id.toString(), actor, actorAgency);
		String owner = t.designatedAgency() != null ? t.designatedAgency() : t.targetAgency();
		if (owner.equals(t.senderAgency())) {
			repository.newOwner(id, owner, TransferStatus.RETURNED);
			processing.recordEvent(t.caseId(), actor, actorAgency, "TRANSFER_RETURNED", owner);
			return null;
		}
		processing.changeOwner(t.caseId(), owner, actor, actorAgency, t.kind().name()
				+ (t.designatedAgency() != null ? " " + TransferStatus.DESIGNATED + " " + t.designatorAgency()
						: " " + TransferStatus.ACCEPTED));
		repository.newOwner(id, owner, t.designatedAgency() != null ? TransferStatus.DESIGNATED : TransferStatus.ACCEPTED);
		events.publishEvent(new OwnershipTransferred(id, t.caseId(), t.kind(), t.senderAgency(), owner,
				t.designatedAgency() != null, t.sentAt()));
		grant(t, t.senderAgency(), senderShare(id), actor, actorAgency, "The sending agency keeps read access");
		if (t.informantGrantedBy() != null) {
			// Its own source, so that closing the transfer (which ends the access it gave for deciding) leaves it.
			processing.grant(new ShareGrant(t.caseId(), owner, ShareScope.SUMMARY, true,
					"The informant's identity travels with the transfer, as its approving supervisor decided",
					ShareSource.TRANSFER, informantShare(id), t.informantGrantedBy(), t.senderAgency(), null, List.of()));
		}
		return CandidateGroups.of(owner, Role.INSPECTOR);
	}

	void reported(UUID id, String result) {
		repository.report(id, result);
	}

	/** The transfer ends: the access it gave for its course ends with it (the sender's read access stays). */
	void close(UUID id, String actor, String actorAgency, boolean withdrawn) {
		TransferRepository.Transfer t = repository.find(id).orElseThrow();
		processing.revokeAll(ShareSource.TRANSFER, id.toString(), actor, actorAgency);
		TransferStatus end = withdrawn ? TransferStatus.WITHDRAWN
				: t.status() == TransferStatus.RETURNED ? TransferStatus.RETURNED : TransferStatus.COMPLETED;
		repository.close(id, end, Instant.now());
		if (withdrawn) {
			events.publishEvent(new TransferWithdrawn(id, t.caseId(), t.senderAgency(), actor, actorAgency));
		}
		else {
			processing.recordEvent(t.caseId(), actor, actorAgency, "TRANSFER_CLOSED", end.name());
		}
	}

	/** Access through the transfer: the full record with the documents chosen to travel (all, for the sender). */
	private void grant(TransferRepository.Transfer t, String agency, String sourceId, String actor, String actorAgency,
			String reason) {
		List<UUID> travelling = agency.equals(t.senderAgency()) ? List.of() : repository.documents(t.id());
		boolean documentsTravel = agency.equals(t.senderAgency()) || !travelling.isEmpty();
		processing.grant(new ShareGrant(t.caseId(), agency,
				documentsTravel ? ShareScope.FULL_RECORD_WITH_DOCUMENTS : ShareScope.FULL_RECORD, false, reason,
				ShareSource.TRANSFER, sourceId, actor, actorAgency, null, travelling));
	}

	private static String senderShare(UUID id) {
		return id + "/sender";
	}

	private static String informantShare(UUID id) {
		return id + "/informant";
	}
}
