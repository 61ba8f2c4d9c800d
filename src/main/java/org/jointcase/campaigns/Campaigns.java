package org.jointcase.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.campaigns.CampaignInputs.Launch;
import org.jointcase.campaigns.CampaignInputs.ReportInput;
import org.jointcase.campaigns.CampaignRepository.CampaignRow;
import org.jointcase.campaigns.CampaignRepository.ReportRecord;
import org.jointcase.campaigns.CampaignViews.CampaignSummary;
import org.jointcase.campaigns.CampaignViews.CampaignView;
import org.jointcase.campaigns.CampaignViews.Period;
import org.jointcase.campaigns.CampaignViews.PeriodTotal;
import org.jointcase.campaigns.CampaignViews.Prefill;
import org.jointcase.campaigns.CampaignViews.ReportRow;
import org.jointcase.campaigns.CampaignViews.TaggedCase;
import org.jointcase.cases.CaseAccess;
import org.jointcase.cases.process.CaseHeader;
import org.jointcase.cases.process.CaseProcessing;
import org.jointcase.directory.Agency;
import org.jointcase.directory.Department;
import org.jointcase.directory.Directory;
import org.jointcase.engine.ProcessTrace;
import org.jointcase.engine.ProcessTraces;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.Inbox;
import org.jointcase.tasks.OpenTask;
import org.jointcase.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinated actions (专项整治). A coordinator launches a campaign for a region inside their own over one or more
 * departments; every agency of those departments there participates, and its process asks each of them for one report
 * per period, due on the period's last day, which counts once the agency's supervisor approved it. The coordinator
 * follows the table of agencies and periods and the totals, and closes the campaign with a conclusion, early if need
 * be (the open reports end with it). {@link CampaignPolicy} decides who reads what.
 */
@Service
public class Campaigns {

	static final String SYSTEM = "system";
	/** The longest campaign: two years keeps a mistyped year from scheduling decades of reports. */
	private static final int MAX_MONTHS = 24;

	/** The steps of other processes whose completion the platform counts for a report (process key, step, action). */
	private static final String TRANSFER_PROCESS = "lead-transfer", APPROVE_TRANSFER = "ApproveTransferTask";
	private static final String ASSISTANCE_PROCESS = "assistance-request", APPROVE_REPLY = "ApproveReplyTask";
	private static final String APPROVE = "approve";

	private final CampaignRepository repository;
	private final CampaignPolicy policy;
	private final Directory directory;
	private final CaseAccess access;
	private final CaseProcessing processing;
	private final RuntimeService runtime;
	private final Inbox inbox;
	private final ProcessTraces traces;
	private final TaskService taskService;
	private final ApplicationEventPublisher events;

	Campaigns(CampaignRepository repository, CampaignPolicy policy, Directory directory, CaseAccess access,
			CaseProcessing processing, RuntimeService runtime, Inbox inbox, ProcessTraces traces,
			TaskService taskService, ApplicationEventPublisher events) {
		this.repository = repository;
		this.policy = policy;
		this.directory = directory;
		this.access = access;
		this.processing = processing;
		this.runtime = runtime;
		this.inbox = inbox;
		this.traces = traces;
		this.taskService = taskService;
		this.events = events;
	}

	/**
	 * Launches a campaign and starts its process, all or nothing: one reporting branch per participant, each with one
	 * report per period. Only a coordinator launches (403), for their own agency's region or one inside it (400
	 * {@code within-own-region}); the period runs from today or later for at most two years.
	 */
	@Transactional
	public CampaignView launch(SignedInOfficer officer, Launch request) {
		policy.requireLauncher(officer);
		String region = request.regionCode().trim();
		if (directory.region(region).isEmpty()) {
			throw ApiProblem.invalid("regionCode", "known-region", "No region has the code " + region);
		}
		if (!region.startsWith(officer.agency().regionCode())) {
			throw ApiProblem.invalid("regionCode", "within-own-region",
					"A campaign covers your agency's region " + officer.agency().regionCode() + " or one inside it");
		}
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		if (request.startsOn().isBefore(today)) {
			throw ApiProblem.invalid("startsOn", "not-past", "A campaign starts today or later");
		}
		if (request.endsOn().isBefore(request.startsOn())) {
			throw ApiProblem.invalid("endsOn", "after-start", "A campaign ends on or after its first day");
		}
		if (request.endsOn().isAfter(request.startsOn().plusMonths(MAX_MONTHS))) {
			throw ApiProblem.invalid("endsOn", "within-two-years", "A campaign runs for two years at most");
		}
		Set<String> known = new LinkedHashSet<>(directory.departments().stream().map(Department::code).toList());
		List<String> departments = List.copyOf(new LinkedHashSet<>(request.departments()));
		Set<String> participants = new LinkedHashSet<>();
		for (int i = 0; i < departments.size(); i++) {
			if (!known.contains(departments.get(i))) {
				throw ApiProblem.invalid("departments[" + i + "]", "known-department",
						"No department has the code " + departments.get(i));
			}
			directory.searchAgencies(null, departments.get(i), region).stream().map(Agency::code)
				.forEach(participants::add);
		}
		if (participants.isEmpty()) {
			throw ApiProblem.invalid("departments", "some-agency", "No agency of these departments is in " + region);
		}
		List<Period> periods = periods(request.startsOn(), request.endsOn(), request.schedule());
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		repository.insert(new CampaignRow(id, request.title().trim(), List.copyOf(new LinkedHashSet<>(request.theme())),
				region, officer.username(), officer.agencyCode(), request.startsOn(), request.endsOn(),
				request.schedule(), List.copyOf(new LinkedHashSet<>(request.figures())), CampaignStatus.RUNNING, false,
				now, null, null, null, null, null));
		int position = 0;
		for (String participant : participants) {
			repository.insertParticipant(id, participant, position++);
		}
		periods.forEach(period -> repository.insertPeriod(id, period));
		policy.read(officer, id, "campaign.launch");
		VariableMap variables = Variables.createVariables()
			// Transient: read once, as the reporting branches start; the participants are kept above.
			.putValueTyped(CoordinatedAction.PARTICIPANTS,
					Variables.objectValue(new ArrayList<>(participants), true).create())
			.putValue(CoordinatedAction.PERIOD_COUNT, periods.size());
		String processInstance = runtime.startProcessInstanceByKey(CoordinatedAction.PROCESS_KEY, id.toString(),
				variables).getId();
		repository.setProcessInstance(id, processInstance);
		events.publishEvent(new CampaignLaunched(id, officer.agencyCode(), region, request.startsOn(),
				request.endsOn(), List.copyOf(participants), now));
		return view(officer, repository.find(id, false).orElseThrow());
	}

	/** The reporting periods: calendar months or quarters from the first day, the last one ending on the last day. */
	static List<Period> periods(LocalDate startsOn, LocalDate endsOn, CampaignSchedule schedule) {
		List<Period> periods = new ArrayList<>();
		LocalDate start = startsOn;
		while (!start.isAfter(endsOn)) {
			LocalDate end = switch (schedule) {
				case MONTHLY -> start.with(TemporalAdjusters.lastDayOfMonth());
				case QUARTERLY -> start.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
				case ONCE -> endsOn;
			};
			if (end.isAfter(endsOn)) {
				end = endsOn;
			}
			periods.add(new Period(periods.size() + 1, start, end));
			start = end.plusDays(1);
		}
		return periods;
	}

	/** The campaign as the officer may see it; 404 unless their agency takes part in it. */
	public CampaignView get(SignedInOfficer officer, UUID campaignId) {
		return view(officer, policy.read(officer, campaignId, "campaign.read"));
	}

	/** The campaigns the officer's agency takes part in, newest first. */
	public List<CampaignSummary> list(SignedInOfficer officer) {
		return repository.takingPart(officer.agencyCode());
	}

	/** Refuses (403, audited) an officer who may not launch a campaign, before they fill in the form. */
	public void requireLauncher(SignedInOfficer officer) {
		policy.requireLauncher(officer);
	}

	/** The campaign's process for its diagram, for the officers who read the campaign: only their agency's steps. */
	public Optional<ProcessTrace> process(SignedInOfficer officer, UUID campaignId) {
		CampaignRow campaign = policy.read(officer, campaignId, "campaign.read-process");
		return traces.ofRecord(campaignId, agency -> agency.equals(officer.agencyCode())
				|| policy.seesEveryAgency(officer, campaign));
	}

	/** The model of the campaign's process, for the officers who read the campaign. */
	public byte[] processModel(SignedInOfficer officer, UUID campaignId) {
		policy.read(officer, campaignId, "campaign.read-process");
		return traces.modelOfRecord(campaignId);
	}

	/**
	 * The coordinator closes the campaign with a conclusion: at once when every report is in, early otherwise — then
	 * every open report task and every period not yet started ends with it. 409 once it is closed.
	 */
	@Transactional
	public CampaignView close(SignedInOfficer officer, UUID campaignId, String conclusion) {
		CampaignRow campaign = policy.requireCoordinator(officer, campaignId, "campaign.close");
		boolean early = runtime.createExecutionQuery().processInstanceId(campaign.processInstanceId())
			.activityId(CoordinatedAction.CONCLUSION_RECORDED).count() == 0;
		if (!repository.conclude(campaignId, conclusion.trim(), officer.username(), early)) {
			throw ApiProblem.conflict("campaignId", "running-campaign", "The campaign is closed already");
		}
		runtime.createMessageCorrelation(CoordinatedAction.CAMPAIGN_CLOSED_MESSAGE)
			.processInstanceBusinessKey(campaignId.toString())
			.correlate();
		return view(officer, repository.find(campaignId, false).orElseThrow());
	}

	/** Called by the process as it closes: the campaign's record stays, its reporting has ended. */
	void closed(UUID campaignId) {
		CampaignRow campaign = repository.find(campaignId, true).orElseThrow();
		Instant now = Instant.now();
		repository.close(campaignId, now);
		events.publishEvent(new CampaignClosed(campaignId, campaign.coordinatorAgency(),
				Boolean.TRUE.equals(campaign.closedEarly()), now));
	}

	/** The coordinator lets participants see every agency's approved reports, or takes that back. */
	@Transactional
	public CampaignView shareTable(SignedInOfficer officer, UUID campaignId, boolean shared) {
		policy.requireCoordinator(officer, campaignId, shared ? "campaign.share-table" : "campaign.unshare-table");
		repository.setTableShared(campaignId, shared);
		return view(officer, repository.find(campaignId, false).orElseThrow());
	}

	/**
	 * Counts a case of the officer's own agency towards a running campaign its agency takes part in: 404 for a case
	 * they do not see, 403 ({@code owner-agency}) for one their agency does not own, 409 for a closed campaign or a
	 * case tagged already.
	 */
	@Transactional
	public List<TaggedCase> tag(SignedInOfficer officer, UUID campaignId, UUID caseId) {
		CampaignRow campaign = policy.requireTagger(officer, campaignId, "campaign.tag-case");
		access.requireOwner(officer, caseId, "campaign.tag-case");
		if (campaign.status() != CampaignStatus.RUNNING) {
			throw ApiProblem.conflict("campaignId", "running-campaign", "The campaign is closed");
		}
		if (!repository.tag(campaignId, caseId, officer.agencyCode(), officer.username(), Instant.now())) {
			throw ApiProblem.conflict("caseId", "tagged-once", "The case counts towards this campaign already");
		}
		processing.recordEvent(caseId, officer.username(), officer.agencyCode(), "CAMPAIGN_TAGGED",
				campaign.title());
		return tagged(officer, campaign);
	}

	/** The cases tagged to the campaign that the officer's agency tagged (the coordinating agency: every one). */
	public List<TaggedCase> tagged(SignedInOfficer officer, UUID campaignId) {
		return tagged(officer, policy.read(officer, campaignId, "campaign.list-cases"));
	}

	private List<TaggedCase> tagged(SignedInOfficer officer, CampaignRow campaign) {
		String agency = officer.agencyCode().equals(campaign.coordinatorAgency()) ? null : officer.agencyCode();
		return repository.tags(campaign.id(), agency).stream().map(tag -> {
			CaseHeader header = processing.header(tag.caseId());
			return new TaggedCase(tag.caseId(), header.reference(), header.title(), tag.agencyCode(), tag.taggedBy(),
					tag.taggedAt());
		}).toList();
	}

	/**
	 * What the platform counted for the officer's agency in one period, for the figures of the campaign it counts:
	 * cases the agency tagged to the campaign, transfers its supervisors approved, assistance replies its supervisors
	 * approved — from the period's first day to its end or now. 403 unless the agency participates; 404 for a period
	 * the campaign does not have.
	 */
	public Prefill prefill(SignedInOfficer officer, UUID campaignId, int period) {
		CampaignRow campaign = policy.requireParticipant(officer, campaignId, "campaign.prefill");
		Period of = repository.periods(campaignId).stream().filter(p -> p.number() == period).findFirst()
			.orElseThrow(() -> ApiProblem.notFound("Period"));
		return new Prefill(period, of.startsOn(), of.endsOn(), counted(campaign, officer.agencyCode(), of));
	}

	/**
	 * {@link #prefill} for the period of an open report task of the officer's agency in this campaign (404 for any
	 * other task), for the report form of that task.
	 */
	public Prefill prefillOfTask(SignedInOfficer officer, UUID campaignId, String taskId) {
		OpenTask task = inbox.task(officer, taskId);
		if (!campaignId.toString().equals(task.recordId())
				|| !CoordinatedAction.SUBMIT_REPORT_TASK.equals(task.step()) || !task.open()) {
			throw ApiProblem.notFound("Report task");
		}
		return prefill(officer, campaignId,
				((Number) taskService.getVariable(taskId, CoordinatedAction.PERIOD)).intValue());
	}

	private Map<CampaignFigure, Long> counted(CampaignRow campaign, String agency, Period period) {
		Instant from = period.startsOn().atStartOfDay(WorkingCalendar.ZONE).toInstant();
		Instant end = period.endsOn().plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
		Instant to = end.isAfter(Instant.now()) ? Instant.now() : end;
		Map<CampaignFigure, Long> figures = new EnumMap<>(CampaignFigure.class);
		for (CampaignFigure figure : campaign.figures()) {
			switch (figure) {
				case CASES_OPENED -> figures.put(figure, repository.taggedBetween(campaign.id(), agency, from, to));
				case LEADS_TRANSFERRED -> figures.put(figure,
						inbox.completedCount(agency, TRANSFER_PROCESS, APPROVE_TRANSFER, APPROVE, from, to));
				case ASSISTANCE_ANSWERED -> figures.put(figure,
						inbox.completedCount(agency, ASSISTANCE_PROCESS, APPROVE_REPLY, APPROVE, from, to));
				default -> {
				}
			}
		}
		return figures;
	}

	/**
	 * An agency's inspector submits its report for a period (again, after a send-back); every figure the campaign
	 * asks for must be given (400 {@code asked-figure}), others are left out. An approved report never changes (409).
	 */
	void submitReport(UUID campaignId, String agencyCode, int period, SignedInOfficer officer, ReportInput input,
			boolean late) {
		CampaignRow campaign = repository.find(campaignId, true).orElseThrow();
		Map<CampaignFigure, Long> given = input.figures();
		Map<CampaignFigure, Long> figures = new EnumMap<>(CampaignFigure.class);
		for (CampaignFigure figure : campaign.figures()) {
			if (!given.containsKey(figure)) {
				throw ApiProblem.invalid(figure.field(), "asked-figure", "The campaign asks for this figure");
			}
			figures.put(figure, given.get(figure));
		}
		String narrative = input.narrative() == null || input.narrative().isBlank() ? null : input.narrative().trim();
		Instant now = Instant.now();
		if (repository.report(campaignId, agencyCode, period).isEmpty()) {
			repository.insertReport(campaignId, agencyCode, period, narrative, late, officer.username(), now);
		}
		else if (!repository.resubmitReport(campaignId, agencyCode, period, narrative, late, officer.username(), now)) {
			throw ApiProblem.conflict("period", "one-report-per-period", agencyCode + " has reported this period");
		}
		repository.replaceFigures(campaignId, agencyCode, period, figures);
	}

	/** The agency's supervisor approves its report, which then counts, or sends it back with a reason. */
	void decideReport(UUID campaignId, String agencyCode, int period, SignedInOfficer officer, boolean approved,
			String reason) {
		Instant now = Instant.now();
		if (!repository.decideReport(campaignId, agencyCode, period, approved, reason, officer.username(), now)) {
			throw ApiProblem.conflict("period", "submitted-report", "No submitted report awaits a decision");
		}
		if (approved) {
			ReportRecord report = repository.report(campaignId, agencyCode, period).orElseThrow();
			events.publishEvent(new CampaignReportApproved(campaignId, agencyCode, period, report.late(),
					report.figures(), now));
		}
	}

	/** The period the process asks about, for the report task it opens. */
	Period period(UUID campaignId, int number) {
		return repository.periods(campaignId).stream().filter(p -> p.number() == number).findFirst().orElseThrow();
	}

	/** The per-agency table: every participant and period the officer sees, in the order of the participants. */
	List<ReportRow> table(SignedInOfficer officer, CampaignRow campaign) {
		Map<String, ReportRecord> reports = new java.util.HashMap<>();
		repository.reports(campaign.id(), null, null).forEach(r -> reports.put(r.agencyCode() + "/" + r.period(), r));
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		boolean everyAgency = policy.seesEveryAgency(officer, campaign);
		List<ReportRow> rows = new ArrayList<>();
		for (String agency : repository.participants(campaign.id())) {
			if (!everyAgency && !agency.equals(officer.agencyCode())) {
				continue;
			}
			for (Period period : repository.periods(campaign.id())) {
				ReportRecord report = reports.get(agency + "/" + period.number());
				boolean pastDue = today.isAfter(period.endsOn());
				if (report != null && policy.seesReport(officer, campaign, report)) {
					rows.add(new ReportRow(agency, period.number(), report.status(),
							report.late() || pastDue && !"APPROVED".equals(report.status()), report.figures(),
							report.narrative(), report.submittedBy(), report.submittedAt(), report.decidedBy(),
							report.decidedAt(), report.sentBackReason()));
					continue;
				}
				String status = report != null ? "SUBMITTED"
						: today.isBefore(period.startsOn()) ? "NOT_DUE"
						: campaign.status() == CampaignStatus.CLOSED || campaign.conclusion() != null ? "NOT_REPORTED"
						: pastDue ? "LATE" : "OPEN";
				// Another agency's report not yet approved: whether it came, not what it says.
				rows.add(new ReportRow(agency, period.number(), status, pastDue, Map.of(), null, null, null, null,
						null, null));
			}
		}
		return rows;
	}

	private CampaignView view(SignedInOfficer officer, CampaignRow campaign) {
		List<ReportRecord> approved = repository.reports(campaign.id(), null, null).stream()
			.filter(r -> "APPROVED".equals(r.status())).toList();
		List<Period> periods = repository.periods(campaign.id());
		List<PeriodTotal> periodTotals = periods.stream().map(period -> {
			List<ReportRecord> of = approved.stream().filter(r -> r.period() == period.number()).toList();
			return new PeriodTotal(period.number(), of.size(), (int) of.stream().filter(ReportRecord::late).count(),
					sum(campaign, of));
		}).toList();
		List<OpenTask> steps = campaign.processInstanceId() == null ? List.of()
				: inbox.ofProcess(campaign.processInstanceId()).stream()
					.filter(OpenTask::open)
					.filter(task -> officer.agencyCode().equals(task.agencyCode()))
					.toList();
		return new CampaignView(campaign.id(), campaign.title(), campaign.theme(), campaign.regionCode(),
				campaign.coordinator(), campaign.coordinatorAgency(), campaign.startsOn(), campaign.endsOn(),
				campaign.schedule(), campaign.figures(), campaign.status(), campaign.tableShared(),
				campaign.launchedAt(), campaign.conclusion(), campaign.closedBy(), campaign.closedAt(),
				campaign.closedEarly(), periods, repository.participants(campaign.id()), table(officer, campaign),
				sum(campaign, approved), periodTotals, steps, policy.actions(officer, campaign));
	}

	private static Map<CampaignFigure, Long> sum(CampaignRow campaign, List<ReportRecord> reports) {
		Map<CampaignFigure, Long> totals = new EnumMap<>(CampaignFigure.class);
		campaign.figures().forEach(figure -> totals.put(figure, 0L));
		for (ReportRecord report : reports) {
			report.figures().forEach((figure, amount) -> totals.merge(figure, amount, Long::sum));
		}
		return totals;
	}
}
