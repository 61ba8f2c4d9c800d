package org.jointcase.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcase.directory.Agency;
import org.jointcase.directory.Directory;
import org.jointcase.directory.Role;
import org.jointcase.engine.CandidateGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadlines of every task, watched from the inbox rows: at 80 % of the period a reminder to whom the task is
 * addressed, when the deadline passes a supervision entry (督办) for the supervisors of the superior agency. The task
 * stays open either way. Every node asks every second ({@code jointcase.deadlines.watch-interval}) for the notices
 * due, one indexed query; each notice is taken and written in one transaction of its own, so a node that dies
 * mid-way leaves nothing taken and another node gives it within the second, and two nodes never give one twice.
 * This replaced two engine timers per task (a job each, written, read and deleted by the engine: 31 of the 139
 * statements the engine sent per transfer); the engine's timers still run the processes' own timer events.
 */
@Component
public class DeadlineWatch {

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
	private static final int BATCH = 100;
	private static final Duration RETRY = Duration.ofMinutes(1);

	private final InboxRepository repository;
	private final Directory directory;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DeadlineWatch(InboxRepository repository, Directory directory, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.repository = repository;
		this.directory = directory;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${jointcase.deadlines.watch-interval}")
	void watch() {
		noticeDue();
	}

	/** Gives every notice due now (the clock the engine also runs on); answers how many this node gave. */
	public int noticeDue() {
		Instant now = clock.instant();
		int given = 0;
		int batchGiven;
		List<InboxRepository.DueNotice> due;
		do {
			batchGiven = 0;
			due = repository.noticesDue(now, BATCH);
			for (InboxRepository.DueNotice notice : due) {
				try {
					if (Boolean.TRUE.equals(transactions.execute(status -> give(notice, now)))) {
						batchGiven++;
					}
				}
				catch (RuntimeException failed) {
					// Tried again a minute later, so that a notice that keeps failing holds up none behind it.
					log.warn("Deadline notice for task {} not given: {}", notice.taskId(), failed.toString());
					repository.postponeNotice(notice, now.plus(RETRY));
				}
			}
			given += batchGiven;
		}
		while (due.size() == BATCH && batchGiven > 0);
		return given;
	}

	private boolean give(InboxRepository.DueNotice due, Instant now) {
		if (!repository.takeNotice(due, now)) {
			return false;
		}
		OpenTask task = repository.find(due.taskId(), false).orElseThrow();
		boolean passed = !now.isBefore(task.dueAt());
		DeadlineNotice.Kind kind = passed ? DeadlineNotice.Kind.SUPERVISION : DeadlineNotice.Kind.REMINDER;
		if (repository.noticeExists(task.id(), kind.name(), task.dueAt())) {
			return false;
		}
		// A reminder goes to whom the task is addressed; a supervision entry to the supervisors of the superior agency.
		// A province-level agency has no superior in the directory: its own supervisors get the entry.
		String addressed = passed ? directory.superiorOf(task.agencyCode()).map(Agency::code).orElse(task.agencyCode())
				: task.agencyCode();
		String role = passed ? CandidateGroups.name(Role.SUPERVISOR) : task.role();
		log.info("{} for task {} ({} of {}) to {}", kind, task.id(), task.step(), task.agencyCode(), addressed);
		DeadlineNotice notice = new DeadlineNotice(UUID.randomUUID(), kind, task.id(), task.process(), task.recordId(),
				task.step(), task.stepName(), task.caseId(), task.caseReference(), addressed, role, task.agencyCode(),
				task.dueAt(), now, null, null, null);
		if (passed) {
			// Published as DeadlinePassed: the notices, the timeline and the statistics, in this transaction.
			events.publishEvent(new DeadlinePassed(notice));
		}
		else {
			repository.insertNotice(notice);
		}
		return true;
	}
}
