package org.jointcase.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.cases.Access;
import org.jointcase.cases.CaseAccess;
import org.jointcase.cases.process.CaseProcessing;
import org.jointcase.cases.process.ShareGrant;
import org.jointcase.cases.process.TimelineEntry;
import org.jointcase.cases.process.TimelineSubject;
import org.jointcase.cases.ShareScope;
import org.jointcase.cases.ShareSource;
import org.jointcase.directory.Directory;
import org.jointcase.directory.Role;
import org.jointcase.engine.CandidateGroups;
import org.jointcase.engine.ProcessTrace;
import org.jointcase.engine.ProcessTraces;
import org.jointcase.reviews.ReviewInputs.ActionInput;
import org.jointcase.reviews.ReviewInputs.ConclusionInput;
import org.jointcase.reviews.ReviewInputs.Convening;
import org.jointcase.reviews.ReviewInputs.MaterialInput;
import org.jointcase.reviews.ReviewInputs.OpinionInput;
import org.jointcase.reviews.ReviewRepository.ReviewRow;
import org.jointcase.reviews.ReviewViews.FollowUpAction;
import org.jointcase.reviews.ReviewViews.Material;
import org.jointcase.reviews.ReviewViews.Opinion;
import org.jointcase.reviews.ReviewViews.Participant;
import org.jointcase.reviews.ReviewViews.ReviewSummary;
import org.jointcase.idempotency.Idempotency;
import org.jointcase.reviews.ReviewViews.ReviewView;
import org.jointcase.reviews.ReviewViews.ReviewedCase;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.Inbox;
import org.jointcase.tasks.OpenTask;
import org.jointcase.tasks.ProcessVariables;
import org.jointcase.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint case reviews. A coordinator convenes a review of cases their agency can see; a case their agency does not
 * own comes in only with its owner agency's consent (a supervisor's inbox task), and one refusal ends the review
 * before it gave any access. Then the participating agencies and the convening agency see those cases (summary and
 * the listed materials, nothing else) while the review runs. The review's record — opinions, conclusion, actions
 * and their outcomes — stays readable to them after it ends; {@link ReviewPolicy} decides who reads what of it.
 */
@Service
public class Reviews {

	static final String SYSTEM = "system";

	private final ReviewRepository repository;
	private final CaseAccess access;
	private final CaseProcessing processing;
	private final Directory directory;
	private final RuntimeService runtime;
	private final ReviewPolicy policy;
	private final Inbox inbox;
	private final ProcessTraces traces;
	private final Idempotency idempotency;
	private final ApplicationEventPublisher events;

	Reviews(ReviewRepository repository, CaseAccess access, CaseProcessing processing, Directory directory,
			RuntimeService runtime, ReviewPolicy policy, Inbox inbox, ProcessTraces traces, Idempotency idempotency,
			ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.access = access;
		this.processing = processing;
		this.directory = directory;
		this.runtime = runtime;
		this.policy = policy;
		this.inbox = inbox;
		this.traces = traces;
		this.idempotency = idempotency;
	}

	/**
	 * Convenes a review and starts its process, all or nothing. Only a coordinator convenes (403 otherwise), and only
	 * over cases their agency sees: a region-wide reach would let a coordinator hand cases — and through them other
	 * agencies' evidence — to third agencies without the owner ever sharing them. Listed materials must be
	 * documents the coordinator's agency sees itself. When the convening agency does not own every case, the review
	 * waits ({@link ReviewStatus#CONSENT}) for the owner agencies' supervisors before anyone else sees anything.
	 * With an idempotency key, the same key and body answer the review convened the first time ({@link Idempotency}).
	 */
	public ReviewView convene(SignedInOfficer officer, Convening request, String idempotencyKey) {
		return idempotency.once(new Idempotency.Request(officer.username(), idempotencyKey, "review.convene", request),
				ReviewView.class, ReviewView::id, () -> convened(officer, request));
	}

	private ReviewView convened(SignedInOfficer officer, Convening request) {
		policy.requireConvener(officer);
		List<UUID> caseIds = List.copyOf(new LinkedHashSet<>(request.caseIds()));
		List<Access> caseAccess = new ArrayList<>();
		for (int i = 0; i < caseIds.size(); i++) {
			int index = i;
			caseAccess.add(access.accessOf(officer.agencyCode(), caseIds.get(i)).orElseThrow(() -> ApiProblem
				.invalid("caseIds[" + index + "]", "visible-case", "Your agency sees no case with this id")));
		}
		List<String> participants = List.copyOf(new LinkedHashSet<>(request.participants()));
		for (int i = 0; i < participants.size(); i++) {
			if (directory.agency(participants.get(i)).isEmpty()) {
				throw ApiProblem.invalid("participants[" + i + "]", "known-agency",
						"No agency has the code " + participants.get(i));
			}
		}
		List<MaterialInput> materials = request.materialsOrEmpty();
		for (int i = 0; i < materials.size(); i++) {
			MaterialInput material = materials.get(i);
			int position = caseIds.indexOf(material.caseId());
			if (position < 0) {
				throw ApiProblem.invalid("materials[" + i + "].caseId", "reviewed-case",
						"Materials come from the cases under review");
			}
			if (!processing.documentIds(material.caseId()).contains(material.documentId())
					|| !caseAccess.get(position).seesDocument(material.documentId())) {
				throw ApiProblem.invalid("materials[" + i + "].documentId", "visible-document-of-case",
						"Your agency sees no such document of this case");
			}
		}
		LocalDate meetingDate = request.meetingAt().atZone(WorkingCalendar.ZONE).toLocalDate();
		requireWithinAYear("meetingAt", meetingDate);
		if (request.opinionDueDate() != null && request.opinionDueDate().isAfter(meetingDate)) {
			throw ApiProblem.invalid("opinionDueDate", "not-after-meeting",
					"Written opinions are due on or before the day of the meeting");
		}

		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		// Only the owner agency brings its case into a process: the owners of the other cases are asked first.
		List<String> owners = caseIds.stream().map(caseId -> processing.header(caseId).ownerAgency())
			.filter(owner -> !owner.equals(officer.agencyCode())).distinct().toList();
		repository.insert(new ReviewRow(id, request.title().trim(), request.agenda().trim(),
				owners.isEmpty() ? ReviewStatus.OPINIONS : ReviewStatus.CONSENT, officer.username(),
				officer.agencyCode(), now, request.meetingAt(), request.opinionDueDate(), null, null, null, null, null,
				null, null));
		for (int i = 0; i < caseIds.size(); i++) {
			repository.insertCase(id, caseIds.get(i), i);
		}
		for (MaterialInput material : materials) {
			repository.insertMaterial(id, material.caseId(), material.documentId());
		}
		for (int i = 0; i < participants.size(); i++) {
			repository.insertParticipant(id, participants.get(i), i);
		}
		owners.forEach(owner -> repository.insertConsent(id, owner));
		if (!owners.isEmpty()) {
			timeline(id, officer.username(), officer.agencyCode(), "REVIEW_CONSENT_ASKED",
					request.title().trim() + ": consent asked of " + String.join(", ", owners));
		}

		VariableMap variables = Variables.createVariables()
			.putValue(ProcessVariables.CASE_ID, caseIds.get(0).toString())
			// Transient: the collection is read once, as the consent instances start; the consents are kept above.
			.putValueTyped(JointReview.CONSENTING_OWNERS, Variables.objectValue(new ArrayList<>(owners), true).create())
			.putValue(JointReview.CONSENT_REFUSED, false)
			.putValue(JointReview.COORDINATORS, CandidateGroups.of(officer.agencyCode(), Role.COORDINATOR))
			.putValue(JointReview.OPINION_DUE_DATE,
					request.opinionDueDate() == null ? null : request.opinionDueDate().toString())
			.putValue(JointReview.MEETING_DATE, meetingDate.toString());
		String processInstance = runtime.startProcessInstanceByKey(JointReview.PROCESS_KEY, id.toString(), variables)
			.getId();
		repository.setProcessInstance(id, processInstance);
		return view(officer, policy.read(officer, id, "review.convene"));
	}

	/**
	 * Every owner consented (or none had to): the participating agencies and the convening one see the reviewed
	 * cases — the summary and the listed materials, nothing else — until the review ends.
	 *
	 * @return the participants, whose opinions the review now asks for
	 */
	List<String> open(UUID reviewId) {
		ReviewRow review = repository.find(reviewId, true).orElseThrow();
		repository.setStatus(reviewId, ReviewStatus.OPINIONS);
		List<String> participants = repository.participants(reviewId).stream().map(Participant::agencyCode).toList();
		Set<String> readers = new LinkedHashSet<>(participants);
		readers.add(review.coordinatorAgency());
		List<Material> materials = repository.materials(reviewId);
		LocalDate meetingDate = review.meetingAt().atZone(WorkingCalendar.ZONE).toLocalDate();
		List<UUID> caseIds = repository.caseIds(reviewId);
		for (UUID caseId : caseIds) {
			List<UUID> travelling = materials.stream().filter(m -> m.caseId().equals(caseId))
				.map(Material::documentId).distinct().toList();
			String owner = processing.header(caseId).ownerAgency();
			for (String reader : readers) {
				if (!reader.equals(owner)) {
					processing.grant(new ShareGrant(caseId, reader, ShareScope.SUMMARY, false,
							"Joint review: " + review.title(), ShareSource.REVIEW, reviewId.toString(),
							review.coordinator(), review.coordinatorAgency(), null, travelling));
				}
			}
		}
		events.publishEvent(new ReviewConvened(reviewId, review.coordinatorAgency(), participants,
				new TimelineEntry(caseIds, review.coordinator(), review.coordinatorAgency(), "REVIEW_CONVENED",
						review.title() + "; " + String.join(", ", participants) + "; " + meetingDate, null)));
		return participants;
	}

	/**
	 * A supervisor of an owner agency consents to its cases being reviewed, or refuses with a reason; 409 when its
	 * answer was given already.
	 */
	void decideConsent(UUID reviewId, String ownerAgency, SignedInOfficer officer, boolean consented, String reason) {
		if (!repository.decideConsent(reviewId, ownerAgency, consented, reason, officer.username(), Instant.now())) {
			throw ApiProblem.conflict("consent", "pending-consent", ownerAgency + " has answered already");
		}
		timeline(reviewId, officer.username(), ownerAgency, consented ? "REVIEW_CONSENTED" : "REVIEW_CONSENT_REFUSED",
				ownerAgency + (consented ? "" : ": " + reason));
	}

	/** An owner agency refused: the review ends before any access was given; its record stays for those asked. */
	void refused(UUID reviewId) {
		ReviewRow review = repository.find(reviewId, true).orElseThrow();
		repository.cancelPendingConsents(reviewId);
		repository.refuse(reviewId, Instant.now());
		timeline(reviewId, SYSTEM, review.coordinatorAgency(), "REVIEW_REFUSED", review.title());
	}

	/** Refuses (403, audited) an officer who may not convene a review, before they fill in the form. */
	public void requireConvener(SignedInOfficer officer) {
		policy.requireConvener(officer);
	}

	/** The review as the officer may see it; 404 unless their agency takes part in it. */
	public ReviewView get(SignedInOfficer officer, UUID reviewId) {
		return view(officer, policy.read(officer, reviewId, "review.read"));
	}

	/** The review's process for its diagram: every step, for the officers who read the review. */
	public Optional<ProcessTrace> process(SignedInOfficer officer, UUID reviewId) {
		policy.read(officer, reviewId, "review.read-process");
		return traces.ofRecord(reviewId, agency -> true);
	}

	/** The model of the review's process, for the officers who read the review. */
	public byte[] processModel(SignedInOfficer officer, UUID reviewId) {
		policy.read(officer, reviewId, "review.read-process");
		return traces.modelOfRecord(reviewId);
	}

	/** The reviews the officer's agency takes part in, newest first. */
	public List<ReviewSummary> list(SignedInOfficer officer) {
		return repository.readableBy(officer.agencyCode(), null);
	}

	/** The reviews of a case the officer sees (else 404) that their agency takes part in. */
	public List<ReviewSummary> ofCase(SignedInOfficer officer, UUID caseId) {
		access.require(officer, caseId, ShareScope.SUMMARY, "review.list");
		return repository.readableBy(officer.agencyCode(), caseId);
	}

	/** The coordinator ends the opinion phase before every agency answered; 409 once it has ended. */
	@Transactional
	public ReviewView closeOpinionPhaseEarly(SignedInOfficer officer, UUID reviewId) {
		policy.requireCoordinator(officer, reviewId, "review.close-opinion-phase");
		if (!repository.closeEarly(reviewId, officer.username())) {
			throw ApiProblem.conflict("reviewId", "opinion-phase-running", "The opinion phase has ended already");
		}
		runtime.createMessageCorrelation(JointReview.OPINION_PHASE_CLOSED_EARLY_MESSAGE)
			.processInstanceBusinessKey(reviewId.toString())
			.correlate();
		return get(officer, reviewId);
	}

	/** The coordinator cancels an open follow-up action; its task ends. 409 when the action is settled already. */
	@Transactional
	public ReviewView cancelAction(SignedInOfficer officer, UUID reviewId, UUID actionId, String reason) {
		ReviewRow review = policy.requireCoordinator(officer, reviewId, "review.cancel-action");
		FollowUpAction action = repository.action(reviewId, actionId).orElseThrow(() -> ApiProblem.notFound("Action"));
		String processInstance = processInstanceId(review);
		if (processInstance == null
				|| !repository.settleAction(reviewId, actionId, "CANCELLED", reason.trim(), officer.username(),
						Instant.now())
				|| !JointReview.cancelAction(runtime, processInstance, actionId.toString())) {
			throw ApiProblem.conflict("actionId", "open-action", "The action is " + action.status().toLowerCase());
		}
		timeline(reviewId, officer.username(), officer.agencyCode(), "REVIEW_ACTION_CANCELLED",
				action.agencyCode() + ": " + action.description() + " (" + reason.trim() + ")");
		return get(officer, reviewId);
	}

	/** An agency's inspector submits its opinion (again, after a send-back); an approved opinion never changes. */
	void submitOpinion(UUID reviewId, String agencyCode, SignedInOfficer officer, OpinionInput input) {
		Instant now = Instant.now();
		if (repository.opinion(reviewId, agencyCode).isEmpty()) {
			repository.insertOpinion(reviewId, agencyCode, input.stance(), input.reasoning().trim(),
					officer.username(), now);
		}
		else if (!repository.resubmitOpinion(reviewId, agencyCode, input.stance(), input.reasoning().trim(),
				officer.username(), now)) {
			throw ApiProblem.conflict("opinion", "one-opinion-per-agency", agencyCode + " has given its opinion");
		}
	}

	/** The agency's supervisor approves its opinion, which then counts as the agency's answer, or sends it back. */
	void decideOpinion(UUID reviewId, String agencyCode, SignedInOfficer officer, boolean approved, String reason) {
		if (!repository.decideOpinion(reviewId, agencyCode, approved, reason, officer.username(), Instant.now())) {
			throw ApiProblem.conflict("opinion", "submitted-opinion", "No submitted opinion awaits a decision");
		}
		if (approved) {
			repository.answered(reviewId, agencyCode);
			Opinion opinion = repository.opinion(reviewId, agencyCode).orElseThrow();
			// The stance is shown in the case timeline only where the review shows the opinion, when it does.
			TimelineSubject subject = new TimelineSubject(ReviewPolicy.OPINION_SUBJECT, opinion.id().toString());
			LocalDate due = repository.find(reviewId, false).orElseThrow().opinionDueDate();
			boolean onTime = due == null || !LocalDate.now(WorkingCalendar.ZONE).isAfter(due);
			events.publishEvent(new OpinionSubmitted(reviewId, agencyCode, onTime, new TimelineEntry(
					repository.caseIds(reviewId), officer.username(), agencyCode, "REVIEW_OPINION",
					agencyCode + ": " + opinion.stance(), subject)));
		}
	}

	/** Called as the opinion phase ends, by completion or early close: who did not answer goes on the record. */
	void opinionPhaseClosed(UUID reviewId) {
		ReviewRow review = repository.find(reviewId, true).orElseThrow();
		List<String> silent = repository.markUnanswered(reviewId);
		repository.closeOpinionPhase(reviewId, Instant.now());
		String by = review.closedEarlyBy() == null ? SYSTEM : review.closedEarlyBy();
		timeline(reviewId, by, review.coordinatorAgency(), "REVIEW_OPINIONS_CLOSED",
				(review.closedEarlyBy() == null ? "All opinions in" : "Closed early by the coordinator")
						+ (silent.isEmpty() ? "" : "; no answer from " + String.join(", ", silent)));
	}

	/**
	 * The coordinator records the conclusion and assigns follow-up actions to agencies taking part in the review.
	 *
	 * @return the ids of the new actions, in order
	 */
	List<String> conclude(UUID reviewId, SignedInOfficer officer, ConclusionInput input) {
		ReviewRow review = repository.find(reviewId, true).orElseThrow();
		Set<String> takingPart = new LinkedHashSet<>();
		repository.participants(reviewId).forEach(p -> takingPart.add(p.agencyCode()));
		takingPart.add(review.coordinatorAgency());
		List<ActionInput> actions = input.actions();
		for (int i = 0; i < actions.size(); i++) {
			if (!takingPart.contains(actions.get(i).agencyCode())) {
				throw ApiProblem.invalid("actions[" + i + "].agencyCode", "taking-part",
						"Actions go to the participating agencies or the convening one: " + takingPart);
			}
			requireWithinAYear("actions[" + i + "].dueDate", actions.get(i).dueDate());
		}
		Instant now = Instant.now();
		repository.conclude(reviewId, input.conclusion().trim(), officer.username(), now);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < actions.size(); i++) {
			UUID id = UUID.randomUUID();
			repository.insertAction(id, reviewId, i, actions.get(i).agencyCode(), actions.get(i).description().trim(),
					actions.get(i).dueDate());
			ids.add(id.toString());
		}
		timeline(reviewId, officer.username(), officer.agencyCode(), "REVIEW_CONCLUDED",
				input.conclusion().trim() + " (" + actions.size() + " follow-up actions)");
		return ids;
	}

	/** The action a follow-up task is about: its agency and due date address the task. */
	FollowUpAction action(UUID reviewId, UUID actionId) {
		return repository.action(reviewId, actionId).orElseThrow();
	}

	/** The agency reports the action done; 409 when the coordinator cancelled it meanwhile. */
	void actionDone(UUID reviewId, UUID actionId, SignedInOfficer officer, String report) {
		FollowUpAction action = action(reviewId, actionId);
		if (!repository.settleAction(reviewId, actionId, "DONE", report.trim(), officer.username(), Instant.now())) {
			throw ApiProblem.conflict("actionId", "open-action", "The action is " + action.status().toLowerCase());
		}
		events.publishEvent(new FollowUpDone(reviewId, actionId, action.agencyCode(), entry(reviewId,
				officer.username(), officer.agencyCode(), "REVIEW_ACTION_DONE",
				action.agencyCode() + ": " + action.description())));
	}

	/** Called when every action is done or cancelled: the record stays, the access the review gave ends. */
	void closed(UUID reviewId) {
		ReviewRow review = repository.find(reviewId, true).orElseThrow();
		repository.close(reviewId, Instant.now());
		processing.revokeAll(ShareSource.REVIEW, reviewId.toString(), SYSTEM, review.coordinatorAgency());
		timeline(reviewId, SYSTEM, review.coordinatorAgency(), "REVIEW_CLOSED", review.title());
	}

	private ReviewView view(SignedInOfficer officer, ReviewRow review) {
		List<Opinion> opinions = repository.opinions(review.id()).stream()
			.filter(opinion -> policy.seesOpinion(officer, review, opinion))
			.toList();
		List<ReviewedCase> reviewed = repository.caseIds(review.id()).stream()
			.map(processing::header)
			.map(h -> new ReviewedCase(h.id(), h.reference(), h.title()))
			.toList();
		List<FollowUpAction> actions = repository.actions(review.id()).stream()
			.map(action -> action.allowing(policy.actions(officer, review, action)))
			.toList();
		String processInstance = processInstanceId(review);
		List<OpenTask> steps = processInstance == null ? List.of()
				: inbox.ofProcess(processInstance).stream().filter(OpenTask::open).toList();
		return new ReviewView(review.id(), review.title(), review.agenda(), review.status(), review.coordinator(),
				review.coordinatorAgency(), review.convenedAt(), review.meetingAt(), review.opinionDueDate(), reviewed,
				repository.materials(review.id()), repository.participants(review.id()),
				repository.consents(review.id()), opinions, review.opinionPhaseClosedAt(), review.closedEarlyBy(),
				review.conclusion(), review.concludedBy(), review.concludedAt(), actions, review.closedAt(), steps,
				policy.actions(officer, review));
	}

	/** The review's process: kept with the review, or for a review convened before that, found while it runs. */
	private String processInstanceId(ReviewRow review) {
		if (review.processInstanceId() != null) {
			return review.processInstanceId();
		}
		ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(JointReview.PROCESS_KEY)
			.processInstanceBusinessKey(review.id().toString()).singleResult();
		return running == null ? null : running.getId();
	}

	private void timeline(UUID reviewId, String by, String agency, String type, String detail) {
		for (UUID caseId : repository.caseIds(reviewId)) {
			processing.recordEvent(caseId, by, agency, type, detail);
		}
	}

	/** The entry on the timeline of each reviewed case. */
	private TimelineEntry entry(UUID reviewId, String by, String agency, String type, String detail) {
		return new TimelineEntry(repository.caseIds(reviewId), by, agency, type, detail, null);
	}

	/** Dates officers set become task deadlines: from today to a year ahead. */
	private static void requireWithinAYear(String field, LocalDate date) {
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		if (date.isBefore(today) || date.isAfter(today.plusYears(1))) {
			throw ApiProblem.invalid(field, "within-a-year", "Give a date from today to a year from now");
		}
	}
}
