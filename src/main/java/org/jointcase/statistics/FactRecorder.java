package org.jointcase.statistics;

import java.time.Instant;
import java.time.LocalDate;

import org.jointcase.assistance.AssistanceAnswered;
import org.jointcase.assistance.AssistanceSent;
import org.jointcase.assistance.ExtensionGranted;
import org.jointcase.assistance.ReplyAccepted;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.cases.CaseOpened;
import org.jointcase.directory.Directory;
import org.jointcase.leads.OwnershipTransferred;
import org.jointcase.leads.TransferDesignated;
import org.jointcase.leads.TransferDisputed;
import org.jointcase.leads.TransferKind;
import org.jointcase.leads.TransferSent;
import org.jointcase.leads.TransferWithdrawn;
import org.jointcase.reviews.FollowUpDone;
import org.jointcase.reviews.OpinionSubmitted;
import org.jointcase.reviews.ReviewConvened;
import org.jointcase.statistics.StatisticsRepository.Fact;
import org.jointcase.tasks.DeadlinePassed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Adds the facts of each past-tense event the modules publish. Every listener is a plain synchronous
 * {@code @EventListener}, not an {@code @ApplicationModuleListener} (which runs after the commit, in a transaction of
 * its own): it runs in the publisher's transaction, so a fact is counted exactly when its change commits, never for a
 * change that rolled back and never lost after one that committed. That is what keeps the pre-aggregated table equal
 * to the records: each record's change and its count are one transaction.
 *
 * <p>The facts are dated by the day (China time) on which the change was made. The modules still to come (intake,
 * campaigns, alerts) add a listener here for their events and the {@link FactKind} waiting for them.
 */
@Component
class FactRecorder {

	private final StatisticsRepository repository;
	private final Directory directory;
	private final WorkingCalendar calendar;

	FactRecorder(StatisticsRepository repository, Directory directory, WorkingCalendar calendar) {
		this.repository = repository;
		this.directory = directory;
		this.calendar = calendar;
	}

	@EventListener
	void on(CaseOpened event) {
		add(event.ownerAgency(), FactKind.CASE_OPENED, event.category().name());
	}

	@EventListener
	void on(TransferSent event) {
		add(event.senderAgency(), FactKind.TRANSFER_SENT, "");
		add(event.targetAgency(), FactKind.TRANSFER_RECEIVED, "");
		if (event.kind() == TransferKind.CRIME) {
			add(event.senderAgency(), FactKind.CRIME_TRANSFER_SENT, "");
		}
	}

	@EventListener
	void on(OwnershipTransferred event) {
		if (!event.designated()) {
			add(event.toAgency(), FactKind.TRANSFER_ACCEPTED, "",
					calendar.workingDaysBetween(event.sentAt(), Instant.now()));
		}
	}

	@EventListener
	void on(TransferDisputed event) {
		add(event.targetAgency(), FactKind.TRANSFER_DISPUTED, "");
	}

	@EventListener
	void on(TransferDesignated event) {
		add(event.designatorAgency(), FactKind.TRANSFER_DESIGNATED, "");
	}

	@EventListener
	void on(TransferWithdrawn event) {
		add(event.senderAgency(), FactKind.TRANSFER_WITHDRAWN, "");
	}

	@EventListener
	void on(AssistanceSent event) {
		add(event.requesterAgency(), FactKind.ASSISTANCE_SENT, "");
	}

	@EventListener
	void on(AssistanceAnswered event) {
		add(event.addresseeAgency(), FactKind.ASSISTANCE_ANSWERED, "");
		if (event.onTime()) {
			add(event.addresseeAgency(), FactKind.ASSISTANCE_ANSWERED_ON_TIME, "");
		}
	}

	@EventListener
	void on(ReplyAccepted event) {
		add(event.addresseeAgency(), FactKind.ASSISTANCE_REPLY_ACCEPTED, "");
	}

	@EventListener
	void on(ExtensionGranted event) {
		add(event.addresseeAgency(), FactKind.ASSISTANCE_EXTENSION, "");
	}

	@EventListener
	void on(ReviewConvened event) {
		add(event.coordinatorAgency(), FactKind.REVIEW_CONVENED, "");
	}

	@EventListener
	void on(OpinionSubmitted event) {
		add(event.agencyCode(), FactKind.REVIEW_OPINION, "");
		if (event.onTime()) {
			add(event.agencyCode(), FactKind.REVIEW_OPINION_ON_TIME, "");
		}
	}

	@EventListener
	void on(FollowUpDone event) {
		add(event.agencyCode(), FactKind.REVIEW_FOLLOW_UP_DONE, "");
	}

	@EventListener
	void on(DeadlinePassed event) {
		add(event.supervision().taskAgency(), FactKind.SUPERVISION_ENTRY, event.supervision().process());
	}

	private void add(String agencyCode, FactKind kind, String category) {
		add(agencyCode, kind, category, FactKind.NO_DURATION);
	}

	/**
	 * An agency the directory does not know has no region or department to be counted under, so no report could
	 * show its fact: it is left out, and the change it counts (a supervision entry, say) still commits.
	 */
	private void add(String agencyCode, FactKind kind, String category, int workingDays) {
		directory.agency(agencyCode).ifPresent(agency -> repository.add(new Fact(agency.code(), agency.regionCode(),
				agency.departmentCode(), category, LocalDate.now(WorkingCalendar.ZONE), kind, workingDays, 1)));
	}
}
