package org.jointcase.intake;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jointcase.audit.Refusals;
import org.jointcase.directory.Role;
import org.jointcase.engine.CandidateGroups;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.Inbox;
import org.jointcase.tasks.OpenTask;
import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * The policy of intake items, asked by {@link IntakeItems} on every read and change. Inspectors, supervisors and
 * coordinators (case workers) of an agency see:
 * <ul>
 * <li>the items routed to their agency, with the person's identity and the actions of the open step;
 * <li>as coordinators, the items their agency triages, while it does, without the identity;
 * <li>the items their agency took in, forwarded or triaged once: a read-only record of what it did, the identity
 * only for the agency that took the item in (which recorded the person, as for a case's informant).
 * </ul>
 * Anyone else gets 404, audited through {@link Refusals}, as for an item that does not exist. Case workers take items
 * in; others get 403. Files are added to an item ({@link #requireAttach}) by the case workers of the agency handling
 * it and by the officer who took it in while it waits for its first decision, as long as it is open and no case was
 * opened from it; its readers read them.
 */
@Component
class IntakePolicy {

	static final String TARGET = "intake-item";
	/** The action in {@link IntakeItemView#allowedActions} of an officer who may add a file now. */
	static final String ADD_ATTACHMENT = "add-attachment";
	static final String ATTACH = "intake.attachment.add";
	private static final Set<IntakeStatus> AWAITING_DECISION = Set.of(IntakeStatus.TRIAGE, IntakeStatus.ROUTED);
	private static final Set<Role> CASE_WORKERS = Set.of(Role.INSPECTOR, Role.SUPERVISOR, Role.COORDINATOR);

	private final IntakeRepository repository;
	private final Refusals refusals;
	private final Inbox inbox;

	IntakePolicy(IntakeRepository repository, Refusals refusals, Inbox inbox) {
		this.repository = repository;
		this.refusals = refusals;
		this.inbox = inbox;
	}

	/** The item, if the officer reads it; otherwise 404. The allowed read is audited as well. */
	IntakeRepository.Item readable(SignedInOfficer officer, UUID id, String action) {
		IntakeRepository.Item item = visible(officer, id, action);
		refusals.allowedRead(officer, action, TARGET, id.toString(), item.caseId());
		return item;
	}

	private IntakeRepository.Item visible(SignedInOfficer officer, UUID id, String action) {
		return repository.find(id)
			.filter(found -> reads(officer, found))
			.orElseThrow(() -> refusals.notVisible(officer, action, TARGET, id.toString(), null, "Intake item"));
	}

	/**
	 * The item, if the officer may add a file to it now; 404 for an officer who does not read it, 403
	 * ({@code handling-agency}) for a reader who may not add files, 409 ({@code open-item}) once it is closed or a
	 * case was opened from it (the case's documents take files then). The refusals are audited.
	 */
	IntakeRepository.Item requireAttach(SignedInOfficer officer, UUID id) {
		IntakeRepository.Item item = visible(officer, id, ATTACH);
		if (!handles(officer, item) && !receiving(officer, item)) {
			throw refusals.forbidden(officer, ATTACH, TARGET, id.toString(), item.caseId(), "handling-agency",
					"The agency handling the item adds files to it, and the officer who took it in until it is decided");
		}
		if (!takesFiles(item)) {
			throw ApiProblem.conflict("file", "open-item", "The item is closed or a case was opened from it: add the "
					+ "file to the case's documents");
		}
		return item;
	}

	void attached(SignedInOfficer officer, IntakeRepository.Item item) {
		refusals.allowedChange(officer, ATTACH, TARGET, item.id().toString(), item.caseId());
	}

	private boolean attaches(SignedInOfficer officer, IntakeRepository.Item item) {
		return (handles(officer, item) || receiving(officer, item)) && takesFiles(item);
	}

	/** The officer who took the item in, at intake time: while it waits for its first decision. */
	private static boolean receiving(SignedInOfficer officer, IntakeRepository.Item item) {
		return worker(officer) && officer.username().equals(item.receivedBy())
				&& officer.agencyCode().equals(item.receivedAgency()) && AWAITING_DECISION.contains(item.status());
	}

	private static boolean takesFiles(IntakeRepository.Item item) {
		return item.closedAt() == null && item.caseId() == null;
	}

	boolean reads(SignedInOfficer officer, IntakeRepository.Item item) {
		return handles(officer, item) || triages(officer, item) || keepsRecord(officer, item);
	}

	/** Inspectors and supervisors take items in: 403 ({@code case-worker}) for anyone else, audited. */
	void requireReceive(SignedInOfficer officer, String workOrder) {
		if (!officer.hasRole(Role.INSPECTOR) && !officer.hasRole(Role.SUPERVISOR)) {
			throw refusals.forbidden(officer, "intake.receive", TARGET, workOrder, null, "case-worker",
					"Inspectors and supervisors take complaints and reports in");
		}
	}

	void received(SignedInOfficer officer, IntakeRepository.Item item) {
		refusals.allowedChange(officer, "intake.receive", TARGET, item.id().toString(), null);
	}

	/** Whether the reader may know who complained or reported: the handling agency and the one that took it in. */
	boolean seesIdentity(SignedInOfficer officer, IntakeRepository.Item item) {
		return item.realName() && worker(officer)
				&& (officer.agencyCode().equals(item.agencyCode()) || officer.agencyCode().equals(item.receivedAgency()));
	}

	/**
	 * What the officer may do with the item now: the actions of its open steps they may take (as the inbox decides),
	 * or {@link IntakeItemView#READ_ONLY} for an agency the item has left; and {@value #ADD_ATTACHMENT} when they may
	 * add a file.
	 */
	Set<String> actions(SignedInOfficer officer, IntakeRepository.Item item, List<OpenTask> open) {
		Set<String> actions = new LinkedHashSet<>();
		if (handles(officer, item) || triages(officer, item)) {
			List<String> groups = CandidateGroups.of(officer.agencyCode(), officer.roles());
			for (OpenTask task : open) {
				boolean addressed = groups.contains(task.agencyCode() + ":" + task.role())
						|| (officer.agencyCode().equals(task.agencyCode()) && officer.hasRole(Role.SUPERVISOR));
				if (addressed) {
					actions.addAll(inbox.actions(officer, task.id()));
				}
			}
		}
		else {
			actions.add(IntakeItemView.READ_ONLY);
		}
		if (attaches(officer, item)) {
			actions.add(ADD_ATTACHMENT);
		}
		return actions;
	}

	/** The queue lists the items of the officer's agency; case workers only (others get an empty queue, by 403). */
	void requireQueue(SignedInOfficer officer) {
		if (!worker(officer)) {
			throw refusals.forbidden(officer, "intake.list", TARGET, "list", null, "case-worker",
					"Inspectors, supervisors and coordinators read their agency's intake queue");
		}
	}

	private static boolean handles(SignedInOfficer officer, IntakeRepository.Item item) {
		return worker(officer) && officer.agencyCode().equals(item.agencyCode());
	}

	private static boolean triages(SignedInOfficer officer, IntakeRepository.Item item) {
		return item.status() == IntakeStatus.TRIAGE && officer.hasRole(Role.COORDINATOR)
				&& officer.agencyCode().equals(item.triageAgency());
	}

	private boolean keepsRecord(SignedInOfficer officer, IntakeRepository.Item item) {
		return worker(officer) && (officer.agencyCode().equals(item.receivedAgency())
				|| repository.handledBy(item.id(), officer.agencyCode()));
	}

	/** Whether the officer is a case worker (inspector, supervisor or coordinator), who reads the agency's intake. */
	boolean isWorker(SignedInOfficer officer) {
		return worker(officer);
	}

	private static boolean worker(SignedInOfficer officer) {
		return CASE_WORKERS.stream().anyMatch(officer::hasRole);
	}
}
