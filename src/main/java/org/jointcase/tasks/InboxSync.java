package org.jointcase.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.jointcase.calendar.Deadline;
import org.jointcase.cases.process.CaseHeader;
import org.jointcase.cases.process.CaseProcessing;
import org.jointcase.engine.CandidateGroups;
import org.jointcase.security.SignedInOfficer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox in step with the engine: Camunda publishes every task event to Spring inside its own transaction,
 * so the inbox row of a task is written, assigned and closed together with the task itself.
 */
@Component
class InboxSync {

	static final String ACTION = "inboxAction";
	/** The outcome of a task that ended without an action: its process moved on (a withdrawal, a cancellation). */
	static final String CANCELLED = "cancelled";

	private final InboxRepository repository;
	private final CaseProcessing processing;
	private final Clock clock;

	InboxSync(InboxRepository repository, CaseProcessing processing, Clock clock) {
		this.clock = clock;
		this.repository = repository;
		this.processing = processing;
	}

	/** One listener that switches on the event: a condition in SpEL was evaluated for every task event. */
	@EventListener
	public void on(DelegateTask task) {
		switch (task.getEventName()) {
			case TaskListener.EVENTNAME_CREATE -> created(task);
			case TaskListener.EVENTNAME_ASSIGNMENT -> repository.assign(task.getId(), task.getAssignee());
			case TaskListener.EVENTNAME_COMPLETE -> repository.close(task.getId(), task.getAssignee(),
					(String) task.getVariable(ACTION), now());
			case TaskListener.EVENTNAME_DELETE -> repository.close(task.getId(), null, CANCELLED, now());
			default -> {
			}
		}
	}

	private void created(DelegateTask task) {
		String group = task.getCandidates().stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(link -> link.getGroupId())
			.findFirst()
			.orElse(null);
		Deadline deadline = task.getTaskDefinitionKey().equals(task.getVariable(DeadlineStart.DEADLINE_FOR))
				? repository.read((String) task.getVariable(ProcessVariables.DEADLINE)) : null;
		if (deadline != null) {
			task.setDueDate(Date.from(deadline.dueAt()));
		}
		Object caseId = task.getVariable(ProcessVariables.CASE_ID);
		CaseHeader header = caseId == null ? null : processing.header(UUID.fromString(caseId.toString()));
		String processKey = task.getProcessDefinitionId().split(":")[0];
		// The officer whose request or completed task creates this one, in the same thread and transaction; a task
		// created by the job executor has no such officer.
		String approvesWorkOf = Boolean.parseBoolean(ModelProperties.of(task.getBpmnModelElementInstance(),
				ProcessVariables.APPROVES_WORK_OF_CREATOR_PROPERTY))
						? SignedInOfficer.current().map(SignedInOfficer::username).orElse(null) : null;
		OpenTask row = new OpenTask(task.getId(), processKey, task.getExecution().getProcessBusinessKey(),
				task.getTaskDefinitionKey(), task.getName(), header == null ? null : header.id(),
				header == null ? null : header.reference(), header == null ? null : header.title(),
				group == null ? null : CandidateGroups.agencyOf(group),
				group == null ? null : CandidateGroups.roleOf(group), task.getAssignee(), now(), deadline,
				deadline == null ? null : deadline.dueAt(), null, false, false, null, null, null, approvesWorkOf, 0, null);
		repository.insert(row, task.getProcessInstanceId());
	}

	private Instant now() {
		return clock.instant();
	}
}
