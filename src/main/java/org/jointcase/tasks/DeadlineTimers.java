package org.jointcase.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jointcase.cases.process.CaseProcessing;
import org.jointcase.directory.Agency;
import org.jointcase.directory.Directory;
import org.jointcase.directory.Role;
import org.jointcase.engine.CandidateGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The timeout listeners of every deadline task: {@code taskReminder} fires at 80 % of the period and reminds the
 * addressed agency; {@code taskOverdue} fires when the deadline passes and gives the superior agency a supervision
 * entry (督办). The task stays open either way.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineTimers {

	private static final Logger log = LoggerFactory.getLogger(DeadlineTimers.class);

	@Bean
	TaskListener taskReminder(InboxRepository repository, Clock clock) {
		return task -> notice(repository, clock, task, DeadlineNotice.Kind.REMINDER, null);
	}

	@Bean
	TaskListener taskOverdue(InboxRepository repository, Directory directory, CaseProcessing processing,
			Clock clock) {
		return task -> {
			OpenTask open = notice(repository, clock, task, DeadlineNotice.Kind.SUPERVISION, directory);
			if (open != null && open.caseId() != null) {
				processing.recordEvent(open.caseId(), "system", open.agencyCode(), "DEADLINE_PASSED",
						open.agencyCode() + " " + open.dueAt());
			}
		};
	}

	private static OpenTask notice(InboxRepository repository, Clock clock, DelegateTask task,
			DeadlineNotice.Kind kind, Directory directory) {
		OpenTask open = repository.find(task.getId(), false).orElse(null);
		if (open == null || !open.open() || open.suspendedAt() != null || open.dueAt() == null
				|| repository.noticeExists(open.id(), kind.name(), open.dueAt())) {
			return null;
		}
		// A reminder goes to whom the task is addressed; a supervision entry to the supervisors of the superior agency.
		// A province-level agency has no superior in the directory: its own supervisors get the entry.
		String addressed = directory == null ? open.agencyCode()
				: directory.superiorOf(open.agencyCode()).map(Agency::code).orElse(open.agencyCode());
		String role = directory == null ? open.role() : CandidateGroups.name(Role.SUPERVISOR);
		Instant now = clock.instant();
		repository.insertNotice(new DeadlineNotice(UUID.randomUUID(), kind, open.id(), open.process(), open.recordId(),
				open.step(), open.stepName(), open.caseId(), open.caseReference(), addressed, role, open.agencyCode(),
				open.dueAt(), now, null, null, null));
		log.info("{} for task {} ({} of {}) to {}", kind, open.id(), open.step(), open.agencyCode(), addressed);
		return open;
	}
}
