package org.jointcase.assistance;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jointcase.assistance.AssistanceRepository.AddresseeRow;
import org.jointcase.assistance.AssistanceRepository.ReplyRow;
import org.jointcase.assistance.AssistanceRepository.RequestRow;
import org.jointcase.assistance.AssistanceViews.AddresseeView;
import org.jointcase.assistance.AssistanceViews.Extension;
import org.jointcase.assistance.AssistanceViews.ReplyView;
import org.jointcase.assistance.AssistanceViews.RequestStatus;
import org.jointcase.assistance.AssistanceViews.RequestSummary;
import org.jointcase.assistance.AssistanceViews.RequestView;
import org.jointcase.assistance.AssistanceViews.SharedReply;
import org.jointcase.assistance.AssistanceViews.Step;
import org.jointcase.assistance.AssistanceViews.Upload;
import org.jointcase.cases.CaseAccess;
import org.jointcase.cases.CaseViews.Document;
import org.jointcase.cases.process.CaseHeader;
import org.jointcase.cases.process.CaseProcessing;
import org.jointcase.cases.process.ShareGrant;
import org.jointcase.cases.process.TimelineSubject;
import org.jointcase.cases.ShareScope;
import org.jointcase.cases.ShareSource;
import org.jointcase.directory.Directory;
import org.jointcase.directory.Role;
import org.jointcase.engine.CandidateGroups;
import org.jointcase.engine.ProcessTrace;
import org.jointcase.engine.ProcessTraces;
import org.jointcase.idempotency.Idempotency;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.Inbox;
import org.jointcase.tasks.OpenTask;
import org.jointcase.tasks.ProcessVariables;
import org.jointcase.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assistance requests: an inspector of a case's owner agency asks other agencies to verify facts or collect evidence,
 * and follows each one's answer. {@link AssistancePolicy} decides who reads and does what: the requesting agency sees
 * all of it, an addressed agency its own part (also after that part ended), anyone else gets 404. An addressed agency
 * sees the case's summary and the documents sent to it while its part runs, nothing else.
 */
@Service
public class AssistanceRequests {

	private final AssistanceRepository repository;
	private final AssistancePolicy policy;
	private final CaseAccess access;
	private final CaseProcessing processing;
	private final Directory directory;
	private final Inbox inbox;
	private final RuntimeService runtime;
	private final TaskService taskService;
	private final ObjectMapper json;
	private final Idempotency idempotency;
	private final ProcessTraces traces;
	private final ApplicationEventPublisher events;

	AssistanceRequests(AssistanceRepository repository, AssistancePolicy policy, CaseAccess access,
			CaseProcessing processing, Directory directory, Inbox inbox, RuntimeService runtime, TaskService taskService,
			ObjectMapper json, Idempotency idempotency, ProcessTraces traces, ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.policy = policy;
		this.access = access;
		this.processing = processing;
		this.directory = directory;
		this.inbox = inbox;
		this.runtime = runtime;
		this.taskService = taskService;
		this.json = json;
		this.idempotency = idempotency;
		this.traces = traces;
	}

	/**
	 * Drafts a request on the case and puts it before a supervisor of the officer's agency, who sends it. Only the
	 * owner agency brings its case into a request: an officer who sees the case without owning it gets 403 with the
	 * rule {@code owner-agency}. With an idempotency key, the same key and body answer the request created the first
	 * time; another body gets 422.
	 */
	public RequestView create(SignedInOfficer officer, UUID caseId, NewAssistanceRequest input,
			String idempotencyKey) {
		record Requested(UUID caseId, NewAssistanceRequest request) {
		}
		return idempotency.once(new Idempotency.Request(officer.username(), idempotencyKey, "assistance.create",
				new Requested(caseId, input)), RequestView.class, RequestView::id, () -> {
					requireAsker(officer, caseId, "assistance.create");
					validateAddressees(officer, input.addressees());
					if (!new HashSet<>(processing.documentIds(caseId)).containsAll(input.documentIdsOrEmpty())) {
						throw ApiProblem.invalid("documentIds", "documents-of-this-case",
								"Every document must belong to this case");
					}
					return get(officer, start(officer, caseId, input));
				});
	}

	/**
	 * Refuses an officer who may not ask for assistance about the case, before they fill in a request: 404 where the
	 * case is not seen, 403 with the rule {@code owner-agency} for another agency that sees it, 403 with the rule
	 * {@code request-assistance} for an officer of the owner agency who is neither inspector nor supervisor.
	 */
	public void requireAsker(SignedInOfficer officer, UUID caseId) {
		requireAsker(officer, caseId, "assistance.form");
	}

	private void requireAsker(SignedInOfficer officer, UUID caseId, String action) {
		access.requireAction(officer, caseId, CaseAccess.REQUEST_ASSISTANCE, action,
				"Inspectors and supervisors of the owner agency ask for assistance");
	}

	private void validateAddressees(SignedInOfficer officer, List<String> addressees) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < addressees.size(); i++) {
			String agency = addressees.get(i);
			if (!seen.add(agency)) {
				throw ApiProblem.invalid("addressees[" + i + "]", "distinct", agency + " is named twice");
			}
			requireOtherAgency("addressees[" + i + "]", officer.agencyCode(), agency);
		}
	}

	/** An agency that exists and is not the requester's own. */
	void requireOtherAgency(String field, String requesterAgency, String agency) {
		if (directory.agency(agency).isEmpty()) {
			throw ApiProblem.invalid(field, "known-agency", "No agency has the code " + agency);
		}
		if (agency.equals(requesterAgency)) {
			throw ApiProblem.invalid(field, "another-agency", "An agency does not ask itself for assistance");
		}
	}

	private UUID start(SignedInOfficer officer, UUID caseId, NewAssistanceRequest input) {
		Instant now = Instant.now();
		UUID id = UUID.randomUUID();
		repository.insert(new RequestRow(id, caseId, officer.agencyCode(), officer.username(),
				RequestStatus.AWAITING_APPROVAL, input.items(), input.documentIdsOrEmpty(), null, now, null, null,
				null, null));
		input.addressees().forEach(agency -> repository.insertAddressee(id, agency, now));
		Map<String, Object> variables = Map.of(ProcessVariables.CASE_ID, caseId.toString(),
				AssistanceProcess.ADDRESSEES, new ArrayList<>(input.addressees()),
				AssistanceProcess.REQUESTER_INSPECTORS, CandidateGroups.of(officer.agencyCode(), Role.INSPECTOR),
				AssistanceProcess.REQUESTER_SUPERVISORS, CandidateGroups.of(officer.agencyCode(), Role.SUPERVISOR),
				AssistanceProcess.WITHDRAWN, false);
		String processInstance = runtime.startProcessInstanceByKey(AssistanceProcess.KEY, id.toString(), variables)
			.getId();
		repository.setProcessInstance(id, processInstance);
		record(caseId, officer.username(), officer.agencyCode(), "ASSISTANCE_REQUESTED",
				input.items().size() + " → " + String.join(", ", input.addressees()));
		return id;
	}

	/** The request as the officer's agency may see it ({@link AssistancePolicy}); 404 for anyone else. */
	public RequestView get(SignedInOfficer officer, UUID requestId) {
		return view(officer, policy.read(officer, requestId, "assistance.read"));
	}

	/**
	 * The request's process for its diagram: every step for the requesting agency; for an addressed agency, only the
	 * steps addressed to itself or to the requester, never another addressee's.
	 */
	public Optional<ProcessTrace> process(SignedInOfficer officer, UUID requestId) {
		RequestRow request = policy.read(officer, requestId, "assistance.read-process");
		return traces.ofRecord(requestId, policy.requester(officer, request) ? agency -> true
				: agency -> agency.equals(officer.agencyCode()) || agency.equals(request.requesterAgency()));
	}

	/** The model of the request's process, for the officers who read the request. */
	public byte[] processModel(SignedInOfficer officer, UUID requestId) {
		policy.read(officer, requestId, "assistance.read-process");
		return traces.modelOfRecord(requestId);
	}

	private RequestView view(SignedInOfficer officer, RequestRow request) {
		boolean requester = policy.requester(officer, request);
		List<OpenTask> open = request.processInstanceId() == null ? List.of()
				: inbox.ofProcess(request.processInstanceId()).stream().filter(OpenTask::open).toList();
		Map<String, String> addresseeOfTask = new HashMap<>();
		open.forEach(task -> {
			Object addressee = taskService.getVariable(task.id(), AssistanceProcess.ADDRESSEE);
			if (addressee != null) {
				addresseeOfTask.put(task.id(), addressee.toString());
			}
		});
		List<ReplyRow> replies = repository.replies(request.id());
		List<AddresseeView> addressees = repository.addressees(request.id()).stream()
			.filter(a -> requester || a.agencyCode().equals(officer.agencyCode()))
			.map(a -> new AddresseeView(a.agencyCode(), a.status(), a.declineReason(), a.suggestedAgency(),
					a.replacedBy(), a.extensionDays() == null ? null : new Extension(a.extensionDays(), a.extensionReason()),
					steps(open, task -> a.agencyCode().equals(addresseeOfTask.get(task.id()))),
					replies.stream()
						.filter(r -> r.agencyCode().equals(a.agencyCode()))
						.filter(r -> policy.seesReply(officer.agencyCode(), request, r))
						.map(r -> reply(r, repository.uploads(request.id(), a.agencyCode())))
						.toList(),
					policy.actions(officer, request, a)))
			.toList();
		List<SharedReply> shared = requester ? List.of() : replies.stream()
			.filter(r -> !r.agencyCode().equals(officer.agencyCode()))
			.filter(r -> policy.seesReply(officer.agencyCode(), request, r))
			.map(r -> new SharedReply(r.agencyCode(), r.findings(), r.writtenAt()))
			.toList();
		CaseHeader header = processing.header(request.caseId());
		return new RequestView(request.id(), request.caseId(), header.reference(), request.requesterAgency(),
				request.requestedBy(), request.status(), request.items(), request.documentIds(), request.createdAt(),
				request.closedAt(), request.closeReason(),
				requester ? steps(open, task -> !addresseeOfTask.containsKey(task.id())) : List.of(), addressees,
				shared, policy.actions(officer, request));
	}

	private static List<Step> steps(List<OpenTask> open, Predicate<OpenTask> which) {
		return open.stream().filter(which)
			.map(t -> new Step(t.id(), t.step(), t.stepName(), t.agencyCode(), t.dueAt(), t.deadline(), t.overdue()))
			.toList();
	}

	private static ReplyView reply(ReplyRow reply, List<Upload> uploads) {
		return new ReplyView(reply.id(), reply.status(), reply.findings(),
				uploads.stream().filter(u -> reply.documentIds().contains(u.id())).toList(), reply.note(),
				reply.shared(), reply.writtenBy(), reply.writtenAt());
	}

	/** The requests on a case that the officer's agency made or was addressed by; 404 if the case is not visible. */
	public List<RequestSummary> ofCase(SignedInOfficer officer, UUID caseId) {
		access.require(officer, caseId, ShareScope.SUMMARY, "assistance.list");
		return repository.ofCase(caseId).stream()
			.filter(r -> policy.reads(officer.agencyCode(), r))
			.map(r -> new RequestSummary(r.id(), r.requesterAgency(), r.status(),
					officer.agencyCode().equals(r.requesterAgency())
							? repository.addressees(r.id()).stream().filter(AddresseeRow::active)
								.map(AddresseeRow::agencyCode).toList()
							: List.of(officer.agencyCode()),
					r.createdAt(), r.closedAt()))
			.toList();
	}

	/**
	 * Replaces an agency that declined by another one, in one step: the declining agency's part of the process
	 * starts again for the new agency. The same as the {@code readdress} action of the requester's task.
	 */
	public RequestView readdress(SignedInOfficer officer, UUID requestId, String agency, String newAgency,
			String reason) {
		RequestRow request = policy.requireRequester(officer, requestId, "assistance.readdress");
		OpenTask consider = openTask(request, AssistanceProcess.CONSIDER_DECLINE, agency)
			.orElseThrow(() -> ApiProblem.conflict("agency", "declined", agency + " has no decline to readdress"));
		inbox.act(officer, consider.id(), AssistanceSteps.READDRESS,
				json.valueToTree(new AssistanceActions.Readdress(newAgency, reason)), null);
		return get(officer, requestId);
	}

	/** The requesting agency cancels an unfinished request: every open step ends and the access it gave with it. */
	@Transactional
	public RequestView cancel(SignedInOfficer officer, UUID requestId, String reason) {
		policy.requireRequester(officer, requestId, "assistance.cancel");
		RequestRow request = repository.find(requestId, true).orElseThrow();
		if (request.status().finished()) {
			throw ApiProblem.conflict("status", "unfinished", "The request is " + request.status() + " already");
		}
		repository.finish(requestId, RequestStatus.CANCELLED, officer.username(), reason, Instant.now());
		runtime.createMessageCorrelation(AssistanceProcess.CANCELLED_MESSAGE)
			.processInstanceBusinessKey(requestId.toString())
			.correlate();
		record(request.caseId(), officer.username(), officer.agencyCode(), "ASSISTANCE_CANCELLED", reason);
		return get(officer, requestId);
	}

	/**
	 * An addressed agency asks for more time before its period ends; the requester's supervisor decides in the
	 * inbox. The agency's reply task stays open meanwhile, so that the agency may still reply.
	 */
	@Transactional
	public RequestView askExtension(SignedInOfficer officer, UUID requestId, String agency, int workingDays,
			String reason) {
		RequestRow request = policy.requireAddressee(officer, requestId, agency, "assistance.ask-extension");
		AddresseeRow addressee = repository.addressee(requestId, agency).orElseThrow();
		OpenTask reply = openTask(request, AssistanceProcess.REPLY, agency).orElseThrow(() -> ApiProblem
			.conflict("agency", "replying", "An extension is asked for while the agency writes its reply"));
		if (!Instant.now().isBefore(reply.dueAt())) {
			throw ApiProblem.conflict("agency", "before-due", "An extension is asked for before the period ends ("
					+ reply.dueAt() + ")");
		}
		if (addressee.extensionDays() != null) {
			throw ApiProblem.conflict("agency", "one-at-a-time", "An extension asked for is still being decided");
		}
		repository.setExtensionAsked(requestId, agency, workingDays, reason);
		runtime.messageEventReceived(AssistanceProcess.EXTENSION_ASKED_MESSAGE,
				taskService.createTaskQuery().taskId(reply.id()).singleResult().getExecutionId());
		record(request.caseId(), officer.username(), agency, "ASSISTANCE_EXTENSION_ASKED",
				"+" + workingDays);
		return get(officer, requestId);
	}

	/**
	 * Stores a document an addressed agency uploads for its reply, as a document of the case with its origin; the
	 * reply then names it. Only while the agency writes its reply.
	 */
	@Transactional
	public Upload upload(SignedInOfficer officer, UUID requestId, String agency, String fileName, String declaredType,
			InputStream content) {
		RequestRow request = policy.requireAddressee(officer, requestId, agency, "assistance.upload");
		if (openTask(request, AssistanceProcess.REPLY, agency)
			.or(() -> openTask(request, AssistanceProcess.REVISE_REPLY, agency)).isEmpty()) {
			throw ApiProblem.conflict("agency", "replying", "Documents are uploaded while the agency writes its reply");
		}
		Document document = processing.attach(request.caseId(), officer.username(), agency, fileName, declaredType,
				content, "assistance reply from " + agency);
		Upload upload = new Upload(document.id(), document.fileName(), document.size(), officer.username(),
				document.uploadedAt());
		repository.insertUpload(requestId, agency, upload);
		return upload;
	}

	/** The open task at {@code step} of the part of the request that concerns {@code agency}. */
	/**
	 * Whether {@code agency} wrote its reply by the due date of its period: the latest of its reply steps closed by its
	 * due time (a step without a deadline is on time).
	 */
	boolean repliedOnTime(RequestRow request, String agency) {
		return inbox.ofProcess(request.processInstanceId()).stream()
			.filter(task -> !task.open() && agency.equals(task.agencyCode()))
			.filter(task -> task.step().equals(AssistanceProcess.REPLY)
					|| task.step().equals(AssistanceProcess.REVISE_REPLY))
			.max(Comparator.comparing(OpenTask::closedAt))
			.map(task -> task.dueAt() == null || !task.closedAt().isAfter(task.dueAt()))
			.orElse(true);
	}

	Optional<OpenTask> openTask(RequestRow request, String step, String agency) {
		if (request.processInstanceId() == null) {
			return Optional.empty();
		}
		return inbox.ofProcess(request.processInstanceId()).stream()
			.filter(task -> task.open() && task.step().equals(step))
			.filter(task -> agency.equals(taskService.getVariable(task.id(), AssistanceProcess.ADDRESSEE)))
			.findFirst();
	}

	/**
	 * Lets the agency see what the request sends it, for the purpose of its part only: the case summary and the
	 * documents sent with the request — no natural persons, notes, timeline or other documents.
	 */
	void grantAccess(RequestRow request, String agency, String by) {
		processing.grant(new ShareGrant(request.caseId(), agency, ShareScope.SUMMARY, false,
				"Assistance request " + request.id(), ShareSource.ASSISTANCE, sourceId(request.id(), agency), by,
				request.requesterAgency(), null, request.documentIds()));
	}

	void revokeAccess(UUID requestId, String agency, String by, String byAgency) {
		processing.revokeAll(ShareSource.ASSISTANCE, sourceId(requestId, agency), by, byAgency);
	}

	/** Each addressee's access is its own share, so that a decline or readdress ends that agency's alone. */
	private static String sourceId(UUID requestId, String agency) {
		return requestId + ":" + agency;
	}

	RequestRow row(UUID requestId) {
		return repository.find(requestId, false).orElseThrow(() -> ApiProblem.notFound("Assistance request"));
	}

	/** The supervisor approved: the request goes out and every addressee sees the case. */
	void send(UUID requestId) {
		RequestRow request = row(requestId);
		repository.markSent(requestId, Instant.now());
		repository.addressees(requestId).forEach(a -> grantAccess(request, a.agencyCode(), request.requestedBy()));
		events.publishEvent(new AssistanceSent(requestId, request.caseId(), request.requesterAgency(),
				repository.addressees(requestId).stream().map(AddresseeRow::agencyCode).toList(),
				request.requestedBy()));
	}

	/** Every addressed agency's reply is accepted or its decline stands: the request closes, its access ends. */
	void close(UUID requestId) {
		RequestRow request = row(requestId);
		repository.finish(requestId, RequestStatus.CLOSED, "system", null, Instant.now());
		endAccess(request, "system", request.requesterAgency());
		record(request.caseId(), "system", request.requesterAgency(), "ASSISTANCE_CLOSED", null);
	}

	/** The request was cancelled (by whom its row says): the access it gave ends. */
	void cancelled(UUID requestId) {
		RequestRow request = row(requestId);
		endAccess(request, request.closedBy(), request.requesterAgency());
	}

	/** Ends the access of every agency the request was ever addressed to. */
	void endAccess(RequestRow request, String by, String byAgency) {
		repository.addressees(request.id()).forEach(a -> revokeAccess(request.id(), a.agencyCode(), by, byAgency));
	}

	void record(UUID caseId, String officer, String agency, String type, String detail) {
		processing.recordEvent(caseId, officer, agency, type, detail);
	}

	/** An entry about a reply: shown only where {@link AssistancePolicy} shows the reply. */
	void recordAboutReply(UUID caseId, String officer, String agency, String type, String detail, UUID replyId) {
		processing.recordEvent(caseId, officer, agency, type, detail,
				new TimelineSubject(AssistancePolicy.REPLY_SUBJECT, replyId.toString()));
	}
}
