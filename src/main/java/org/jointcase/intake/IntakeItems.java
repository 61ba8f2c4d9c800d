package org.jointcase.intake;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.jointcase.audit.AuditEvent;
import org.jointcase.audit.AuditOutcome;
import org.jointcase.audit.AuditTrail;
import org.jointcase.calendar.DeadlineRules;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.cases.CaseCategory;
import org.jointcase.cases.CaseInput;
import org.jointcase.cases.InformantInput;
import org.jointcase.cases.PartyInput;
import org.jointcase.cases.PartyKind;
import org.jointcase.cases.ReportChannel;
import org.jointcase.cases.process.CaseProcessing;
import org.jointcase.directory.Directory;
import org.jointcase.directory.Role;
import org.jointcase.engine.CandidateGroups;
import org.jointcase.idempotency.Idempotency;
import org.jointcase.intake.IntakeItemView.PersonView;
import org.jointcase.intake.IntakeItemView.QueueEntry;
import org.jointcase.intake.IntakeItemView.Routing;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.Inbox;
import org.jointcase.tasks.OpenTask;
import org.jointcase.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.jointcase.intake.IntakeProcess.*;

/**
 * Complaints and reports. An item is taken in once per channel and work-order number, routed by the rules
 * ({@link IntakeRouting}) and carried by the complaint-intake process, which calls back here for each effect: the
 * routing, a forward, a decision, the case a report becomes. Every read and change goes through {@link IntakePolicy}.
 */
@Service
public class IntakeItems {

	private static final int MAX_QUEUE = 200;
	private static final String SYSTEM = "system";

	private final IntakeRepository repository;
	private final IntakePolicy policy;
	private final IntakeRouting routing;
	private final PersonMessages messages;
	private final HotSpots hotSpots;
	private final IntakeSettings settings;
	private final Directory directory;
	private final WorkingCalendar calendar;
	private final DeadlineRules rules;
	private final CaseProcessing cases;
	private final IntakeAttachments attachments;
	private final RuntimeService runtime;
	private final Inbox inbox;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final ObjectMapper json;
	private final TransactionTemplate transaction;
	private final Idempotency idempotency;

	IntakeItems(IntakeRepository repository, IntakePolicy policy, IntakeRouting routing, PersonMessages messages,
			HotSpots hotSpots, IntakeSettings settings,
			Directory directory, WorkingCalendar calendar, DeadlineRules rules, CaseProcessing cases,
			IntakeAttachments attachments, RuntimeService runtime, Inbox inbox, AuditTrail audit,
			ApplicationEventPublisher events, ObjectMapper json, PlatformTransactionManager transactions,
			Idempotency idempotency) {
		this.repository = repository;
		this.policy = policy;
		this.routing = routing;
		this.messages = messages;
		this.hotSpots = hotSpots;
		this.settings = settings;
		this.directory = directory;
		this.calendar = calendar;
		this.rules = rules;
		this.cases = cases;
		this.attachments = attachments;
		this.runtime = runtime;
		this.inbox = inbox;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.transaction = new TransactionTemplate(transactions);
		this.idempotency = idempotency;
	}

	/** The item taken in, and whether this call created it ({@code false}: the work order was known already). */
	public record Received(IntakeItemView item, boolean created) {
	}

	/**
	 * Takes an item in. The channel's work-order number identifies it: the same number with the same content answers
	 * the item taken in the first time ({@code created=false}), never a second one; with other content it is refused
	 * (409, {@code same-work-order-same-item}), as it is for an officer whose agency does not read the item. With an
	 * idempotency key, the same key and body answer what the first call answered ({@link Idempotency}), whatever
	 * became of the item since; the same key with another body gets 422.
	 */
	public Received receive(SignedInOfficer officer, IntakeItemInput input, String idempotencyKey) {
		return idempotency.once(new Idempotency.Request(officer.username(), idempotencyKey, "intake.receive", input),
				Received.class, received -> received.item().id(), () -> {
					UUID id = take(officer, input);
					boolean created = id != null;
					UUID item = created ? id
							: repository.byWorkOrder(input.channel(), input.workOrder().trim()).orElseThrow().id();
					return new Received(created ? view(officer, repository.find(item).orElseThrow())
							: view(officer, policy.readable(officer, item, "intake.read")), created);
				});
	}

	/**
	 * Takes the rows of a batch in as {@link #receive} takes an item, all in one transaction: for each row
	 * {@code true} when this call created its item, {@code false} when the work order was taken in before with the
	 * same content. When any row fails nothing is taken in and the failure is thrown: the caller takes the rows in
	 * one by one then ({@link #receiveRow}) to tell which.
	 */
	List<Boolean> receiveRows(SignedInOfficer officer, List<IntakeItemInput> inputs) {
		return transaction.execute(status -> {
			List<Boolean> created = new ArrayList<>(inputs.size());
			List<UUID> ids = new ArrayList<>(inputs.size());
			for (IntakeItemInput input : inputs) {
				policy.requireReceive(officer, input.workOrder());
				String hash = hash(input);
				boolean fresh = !earlier(officer, input, hash);
				if (fresh) {
					UUID id = UUID.randomUUID();
					start(officer, input, hash, id);
					ids.add(id);
				}
				created.add(fresh);
			}
			hotSpots.counted(ids);
			return created;
		});
	}

	/** One batch row in a transaction of its own, as {@link #receiveRows} takes it. */
	boolean receiveRow(SignedInOfficer officer, IntakeItemInput input) {
		return idempotency.once(new Idempotency.Request(officer.username(), null, "intake.receive", input),
				Boolean.class, null, () -> take(officer, input) != null);
	}

	/**
	 * The new item's id, or {@code null} when the same work order with the same content was taken in before; in the
	 * caller's transaction, which {@link Idempotency} runs again once when another one took the same number in at the
	 * same time (the unique work order), to find that item then.
	 */
	private UUID take(SignedInOfficer officer, IntakeItemInput input) {
		policy.requireReceive(officer, input.workOrder());
		String hash = hash(input);
		if (earlier(officer, input, hash)) {
			return null;
		}
		UUID id = UUID.randomUUID();
		start(officer, input, hash, id);
		hotSpots.counted(List.of(id));
		return id;
	}

	/** Whether the work order was taken in before with this content; with other content (or unseen by the officer) 409. */
	private boolean earlier(SignedInOfficer officer, IntakeItemInput input, String hash) {
		return repository.byWorkOrder(input.channel(), input.workOrder().trim()).map(item -> {
			if (!item.requestHash().equals(hash) || !policy.reads(officer, item)) {
				throw ApiProblem.conflict("workOrder", "same-work-order-same-item", "The channel's work order "
						+ input.workOrder() + " was taken in already with other content; it stays one item");
			}
			return true;
		}).orElse(false);
	}

	private void start(SignedInOfficer officer, IntakeItemInput input, String hash, UUID id) {
		Instant now = Instant.now();
		Instant receivedAt = input.receivedAt() == null ? now : input.receivedAt();
		IntakeItemInput.Business business = normalised(input.business());
		IntakeRepository.Item item = new IntakeRepository.Item(id, input.kind(), input.channel(),
				input.workOrder().trim(), receivedAt, officer.agencyCode(), officer.username(), input.realName(),
				business, businessKey(business), input.facts().trim(), input.amount(), trimmed(input.desiredOutcome()),
				IntakeStatus.ROUTED, null, null, "received", "Not routed yet", 0, false, null, null, null, null, null,
				null, null, null, null, hash, now, null);
		IntakeRepository.Person person = input.realName()
				? new IntakeRepository.Person(trimmed(input.person().name()), trimmed(input.person().contact()))
				: null;
		repository.insert(item, person);
		repository.insertStep(id, officer.username(), officer.agencyCode(), "ReceiveItem", "receive",
				input.channel() + " " + item.workOrder());
		policy.received(officer, item);
		messages.tell(id, person, PersonMessages.Kind.ACKNOWLEDGEMENT, "您的" + (input.kind() == IntakeKind.COMPLAINT ? "投诉" : "举报")
				+ "（工单号 " + item.workOrder() + "）已收到，将转交有管辖权的市场监督管理部门处理。", officer.username());
		events.publishEvent(new IntakeItemReceived(id, input.kind(), input.channel(), officer.agencyCode(), receivedAt));
		Map<String, Object> variables = new HashMap<>();
		variables.put(COMPLAINT, input.kind() == IntakeKind.COMPLAINT);
		variables.put(REAL_NAME, input.realName());
		runtime.startProcessInstanceByKey(KEY, id.toString(), variables);
	}

	/** The item as the officer may see it; 404 for anyone its policy does not let read it. */
	public IntakeItemView get(SignedInOfficer officer, UUID id) {
		return view(officer, policy.readable(officer, id, "intake.read"));
	}

	/** The queue's filters, each optional ({@code overdue=true}: only items whose step is past its deadline). */
	public record QueueFilter(IntakeKind kind, IntakeChannel channel, IntakeStatus status, Boolean overdue,
			String business) {
	}

	/**
	 * The open items the officer's agency handles (and, for coordinators, triages), soonest due first, each with the
	 * working days left; at most {@value #MAX_QUEUE}. One {@code intake.list} entry of the trail.
	 */
	public List<QueueEntry> queue(SignedInOfficer officer, QueueFilter filter, int size) {
		policy.requireQueue(officer);
		Instant now = Instant.now();
		List<QueueEntry> entries = repository.queue(officer.agencyCode(), officer.hasRole(Role.COORDINATOR),
				new IntakeRepository.QueueFilter(filter.kind(), filter.channel(), filter.status(), filter.overdue(),
						filter.business()),
				now, Math.max(1, Math.min(size, MAX_QUEUE)))
			.stream()
			.map(item -> new QueueEntry(item.id(), item.kind(), item.channel(), item.workOrder(), item.receivedAt(),
					item.business().name(), item.business().creditCode(), item.status(), item.currentStep(),
					item.dueAt(), workingDaysLeft(item, now), item.realName()))
			.toList();
		audit.recordAttempt(AuditEvent.by(officer, "intake.list", IntakePolicy.TARGET, "list", null,
				AuditOutcome.ALLOWED, entries.size() + " items"));
		return entries;
	}

	private IntakeItemView view(SignedInOfficer officer, IntakeRepository.Item item) {
		boolean identity = policy.seesIdentity(officer, item);
		IntakeRepository.Person person = identity ? repository.person(item.id()).orElse(null) : null;
		List<OpenTask> tasks = item.processInstanceId() == null ? List.of() : inbox.ofProcess(item.processInstanceId());
		List<OpenTask> open = tasks.stream().filter(OpenTask::open).toList();
		return new IntakeItemView(item.id(), item.kind(), item.channel(), item.workOrder(), item.receivedAt(),
				item.receivedAgency(),
				new PersonView(item.realName(), person != null, person == null ? null : person.name(),
						person == null ? null : person.contact()),
				item.business(), item.businessKey(), item.facts(), item.amount(), item.desiredOutcome(), item.status(),
				item.agencyCode(), item.triageAgency(), new Routing(item.routingRule(), item.routingDetail()),
				item.forwardCount(), item.forwardDueDate(), item.currentStep(), item.dueAt(),
				workingDaysLeft(item, Instant.now()), item.decision(), item.decisionDetail(), item.amountRecovered(),
				item.businessAnswer(), item.caseId(), hotSpots.isHotSpot(item.businessKey()),
				repository.steps(item.id()), tasks,
				messages.of(item.id()).stream()
					.map(m -> new IntakeItemView.Message(m.kind().name(), m.channel().name(), m.text(), m.createdAt(),
							m.createdBy(), m.status().name(), m.attempts(), m.sentAt(), m.lastError()))
					.toList(),
				repository.attachments(item.id()), item.createdAt(),
				item.closedAt(), policy.actions(officer, item, open));
	}

	private Integer workingDaysLeft(IntakeRepository.Item item, Instant now) {
		if (item.dueAt() == null) {
			return null;
		}
		// A deadline passes at 00:00 after its last day.
		LocalDate dueDate = item.dueAt().minusSeconds(1).atZone(WorkingCalendar.ZONE).toLocalDate();
		return calendar.workingDaysLeft(now, dueDate);
	}

	// The effects of the process, called by its service tasks and step actions.

	/** Routes a new item by the rules; answers the variables for the gateway after it. */
	Map<String, Object> route(UUID id) {
		IntakeRepository.Item item = repository.find(id).orElseThrow();
		return place(item, routing.place(item.business()), SYSTEM, item.receivedAgency());
	}

	/**
	 * The handling agency forwards the item to {@code to}. Within the rules' count the item goes there; a further
	 * forward goes to the coordinators over both agencies, as a disputed transfer goes to the common superior.
	 */
	Map<String, Object> forward(UUID id, String to, String reason, String actor, String actorAgency) {
		IntakeRepository.Item item = repository.find(id).orElseThrow();
		repository.forwarded(id);
		IntakeRouting.Placement placement = item.forwardCount() < settings.forwards()
				? new IntakeRouting.Placement(to, null, IntakeRouting.FORWARDED,
						"Forwarded by " + actorAgency + ": " + reason)
				: new IntakeRouting.Placement(null, routing.coordinatorsOf(actorAgency, to), IntakeRouting.TRIAGE,
						"Forwarded again by " + actorAgency + " (to " + to + "): the coordinators designate the "
								+ "competent agency. " + reason);
		return place(item, placement, actor, actorAgency);
	}

	/** The coordinators designate the competent agency; it may not forward the item again. */
	Map<String, Object> designate(UUID id, String agency, String reason, SignedInOfficer officer) {
		IntakeRepository.Item item = repository.find(id).orElseThrow();
		repository.designated(id);
		return place(item, new IntakeRouting.Placement(agency, null, IntakeRouting.DESIGNATED,
				"Designated by " + officer.agencyCode() + ": " + reason), officer.username(), officer.agencyCode());
	}

	private Map<String, Object> place(IntakeRepository.Item item, IntakeRouting.Placement placement, String actor,
			String actorAgency) {
		Map<String, Object> variables = new HashMap<>();
		// Read by the gateway right after, in the same command: never stored.
		variables.put(PLACED, Variables.booleanValue(placement.placed(), true));
		if (placement.placed()) {
			LocalDate forwardBy = calendar.dueDate(Instant.now(), rules.rule(DeadlineRules.FORWARD_INTAKE)).dueDate();
			repository.routed(item.id(), placement.agency(), placement.rule(), placement.detail(), forwardBy);
			variables.put(HANDLERS, CandidateGroups.of(placement.agency(), Role.INSPECTOR));
		}
		else {
			repository.triage(item.id(), placement.triageAgency(), placement.rule(), placement.detail());
			variables.put(TRIAGERS, CandidateGroups.of(placement.triageAgency(), Role.COORDINATOR));
		}
		repository.insertStep(item.id(), actor, actorAgency, "RouteItem", placement.rule(),
				(placement.placed() ? placement.agency() : "triage by " + placement.triageAgency()) + ": "
						+ placement.detail());
		events.publishEvent(new IntakeItemRouted(item.id(), item.kind(), placement.agency(), placement.triageAgency(),
				placement.rule()));
		return variables;
	}

	/**
	 * May the handling agency forward the item now? Not once designated by the coordinators, nor after its
	 * forwarding period (rule {@code forward-intake}); not to itself nor to an unknown agency.
	 */
	void requireForward(OpenTask task, SignedInOfficer officer, String to) {
		IntakeRepository.Item item = repository.find(UUID.fromString(task.recordId())).orElseThrow();
		if (directory.agency(to).isEmpty()) {
			throw ApiProblem.invalid("agencyCode", "known-agency", "No agency has the code " + to);
		}
		if (to.equals(officer.agencyCode())) {
			throw ApiProblem.invalid("agencyCode", "another-agency", "An item is forwarded to another agency");
		}
		if (item.designated()) {
			throw ApiProblem.conflict("agencyCode", "designated-agency-keeps-the-item", "The coordinators designated "
					+ "your agency for this item: it is not forwarded again");
		}
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		if (item.forwardDueDate() != null && today.isAfter(item.forwardDueDate())) {
			throw ApiProblem.conflict("agencyCode", "forward-period", "The period to forward this item ended on "
					+ item.forwardDueDate() + " (rule " + DeadlineRules.FORWARD_INTAKE + "); decide it");
		}
	}

	void recordStep(UUID id, SignedInOfficer officer, String step, String action, String detail) {
		repository.insertStep(id, officer.username(), officer.agencyCode(), step, action, detail);
	}

	/**
	 * A decision on the item: where it stands now, published for those who count decisions; {@code message}, when
	 * not {@code null}, tells the person.
	 */
	void decided(OpenTask task, SignedInOfficer officer, String action, IntakeStatus status, String detail,
			PersonMessages.Kind kind, String message) {
		UUID id = UUID.fromString(task.recordId());
		IntakeRepository.Item item = repository.find(id).orElseThrow();
		repository.decided(id, status, action, detail);
		if (message != null) {
			messages.tell(id, kind, "工单号 " + item.workOrder() + "：" + message, officer.username());
		}
		Instant now = Instant.now();
		if (IntakeStatus.CLOSED.contains(status)) {
			repository.closed(id, now);
		}
		events.publishEvent(new IntakeItemDecided(id, item.kind(), officer.agencyCode(), task.step(), action, status,
				item.receivedAt(), now, task.dueAt() == null || now.isBefore(task.dueAt()),
				status == IntakeStatus.SETTLED ? item.amountRecovered() : null));
	}

	boolean realName(UUID id) {
		return repository.find(id).orElseThrow().realName();
	}

	/** The real-name informant was told the decision on the report: the item closes as decided. */
	void informed(OpenTask task, SignedInOfficer officer, String text) {
		UUID id = UUID.fromString(task.recordId());
		IntakeRepository.Item item = repository.find(id).orElseThrow();
		IntakeStatus end = item.caseId() != null ? IntakeStatus.CASE_OPENED : IntakeStatus.NO_CASE;
		Instant now = Instant.now();
		messages.tell(id, PersonMessages.Kind.REPORT_DECISION, text, officer.username());
		repository.status(id, end);
		repository.closed(id, now);
		events.publishEvent(new IntakeItemDecided(id, item.kind(), officer.agencyCode(), task.step(), INFORM_ACTION,
				end, item.receivedAt(), now, task.dueAt() == null || now.isBefore(task.dueAt()), null));
	}

	void amountRecovered(UUID id, BigDecimal amount) {
		repository.amountRecovered(id, amount);
	}

	void businessAnswer(UUID id, String answer) {
		repository.businessAnswer(id, answer);
		repository.status(id, IntakeStatus.AWAITING_CONFIRMATION);
	}

	/**
	 * Opens the case a report becomes: owned by the handling agency, the business as party, the person as the
	 * confidential informant (recorded by that agency), the item's files as its documents, the item and the case
	 * naming each other.
	 */
	UUID openCase(UUID id, String title, CaseCategory category, String actor) {
		IntakeRepository.Item item = repository.find(id).orElseThrow();
		String agency = item.agencyCode();
		IntakeItemInput.Business business = item.business();
		String businessRegion = business.regionCode() != null && directory.region(business.regionCode()).isPresent()
				? business.regionCode() : null;
		String region = businessRegion != null ? businessRegion : directory.agency(agency).orElseThrow().regionCode();
		InformantInput informant = item.realName()
				? repository.person(id).map(p -> new InformantInput(p.name(), p.contact(), reportChannel(item.channel())))
					.orElse(new InformantInput(null, null, ReportChannel.ANONYMOUS))
				: new InformantInput(null, null, ReportChannel.ANONYMOUS);
		CaseInput input = new CaseInput(title, item.facts(), category, region,
				List.of(new PartyInput(PartyKind.BUSINESS, business.name(), business.creditCode(), null,
						business.address(), businessRegion)),
				informant);
		String origin = "intake item " + item.channel() + " " + item.workOrder() + " (" + id + ")";
		UUID caseId = cases.openCase(input, agency, actor, origin);
		attachments.toCase(id, caseId, actor, agency, origin);
		repository.caseOpened(id, caseId);
		events.publishEvent(new IntakeCaseOpened(id, caseId, agency));
		return caseId;
	}

	private static ReportChannel reportChannel(IntakeChannel channel) {
		return switch (channel) {
			case HOTLINE_12315, OTHER_HOTLINE -> ReportChannel.HOTLINE;
			case PLATFORM_12315, ODR -> ReportChannel.ONLINE;
			case LETTER -> ReportChannel.LETTER;
			case VISIT -> ReportChannel.IN_PERSON;
		};
	}

	/** Keeps the queue's due date in step with the item's open step (its task's deadline), and the item's process. */
	void stepOpened(UUID id, String processInstanceId, String step, Instant dueAt) {
		repository.step(id, processInstanceId, step, dueAt);
	}

	private static IntakeItemInput.Business normalised(IntakeItemInput.Business business) {
		return new IntakeItemInput.Business(business.name().trim(), trimmed(business.creditCode()),
				trimmed(business.address()), trimmed(business.regionCode()));
	}

	/** Items about one business are grouped under its credit code, else its name without spaces and punctuation. */
	static String businessKey(IntakeItemInput.Business business) {
		if (business.creditCode() != null) {
			return business.creditCode();
		}
		return "name:" + business.name().toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\p{Space}（）【】、，。·]", "");
	}

	private static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private String hash(IntakeItemInput input) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(input)
				.getBytes(StandardCharsets.UTF_8)));
		}
		catch (JsonProcessingException | NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
