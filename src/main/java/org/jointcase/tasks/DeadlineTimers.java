package org.jointcase.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jointcase.directory.Agency;
import org.jointcase.directory.Directory;
import org.jointcase.directory.Role;
import org.jointcase.engine.CandidateGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
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
		return task -> {
			DeadlineNotice reminder = notice(repository, clock, task, DeadlineNotice.Kind.REMINDER, null);
			if (reminder != null) {
				repository.insertNotice(reminder);
			}
		};
	}

	/** The supervision entry is published as {@link DeadlinePassed}: the notices, the timeline and the statistics. */
	@Bean
	TaskListener taskOverdue(InboxRepository repository, Directory directory, ApplicationEventPublisher events,
			Clock clock) {
		return task -> {
			DeadlineNotice supervision = notice(repository, clock, task, DeadlineNotice.Kind.SUPERVISION, directory);
			if (supervision != null) {
				events.publishEvent(new DeadlinePassed(supervision));
			}
		};
	}

	/** The notice of {@code kind} the task is due, or {@code null} when it has one already or is not running. */
	private static DeadlineNotice notice(InboxRepository repository, Clock clock, DelegateTask task,
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
		log.info("{} for task {} ({} of {}) to {}", kind, open.id(), open.step(), open.agencyCode(), addressed);
		return new DeadlineNotice(UUID.randomUUID(), kind, open.id(), open.process(), open.recordId(), open.step(),
				open.stepName(), open.caseId(), open.caseReference(), addressed, role, open.agencyCode(), open.dueAt(),
				now, null, null, null);
	}
}
