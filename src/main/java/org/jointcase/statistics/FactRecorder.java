package org.jointcase.statistics;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jointcase.alerts.AlertAcknowledged;
import org.jointcase.alerts.AlertIssued;
import org.jointcase.assistance.AssistanceAnswered;
import org.jointcase.assistance.AssistanceSent;
import org.jointcase.assistance.ExtensionGranted;
import org.jointcase.assistance.ReplyAccepted;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.campaigns.CampaignReportApproved;
import org.jointcase.cases.CaseOpened;
import org.jointcase.directory.Directory;
import org.jointcase.intake.IntakeItemDecided;
import org.jointcase.intake.IntakeItemReceived;
import org.jointcase.intake.IntakeStatus;
import org.jointcase.leads.OwnershipTransferred;
import org.jointcase.leads.TransferDesignated;
import org.jointcase.leads.TransferDisputed;
import org.jointcase.leads.TransferKind;
import org.jointcase.leads.TransferSent;
import org.jointcase.leads.TransferWithdrawn;
import org.jointcase.persistence.TransactionScoped;
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
 * <p>The facts are dated by the day (China time) on which the change was made.
 *
 * <p>Within a transaction the facts are summed and written just before it commits, in one order: the counters are
 * rows many transactions update (every item an agency takes in adds to its one row of the day), so writing them as
 * the events come would hold those rows locked for the rest of each transaction — a batch's workers would take turns
 * — and two transactions adding to two rows in opposite orders could deadlock.
 */
@Component
class FactRecorder {

	/** The statuses that end a mediation, and those of them that mean it succeeded. */
	private static final Set<IntakeStatus> MEDIATION_ENDS = Set.of(IntakeStatus.SETTLED, IntakeStatus.SETTLED_BY_ODR,
			IntakeStatus.NOT_SETTLED, IntakeStatus.WITHDRAWN);
	private static final Set<IntakeStatus> MEDIATION_SUCCESSES = Set.of(IntakeStatus.SETTLED,
			IntakeStatus.SETTLED_BY_ODR);

	/** The order the counters are written in (a fact's value aside, its identity). */
	private static final Comparator<Fact> ORDER = Comparator.comparing(Fact::agencyCode)
		.thenComparing(Fact::day)
		.thenComparing(Fact::kind)
		.thenComparing(Fact::category)
		.thenComparingInt(Fact::workingDays);

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

	@EventListener
	void on(IntakeItemReceived event) {
		add(event.receivedAgency(), FactKind.INTAKE_RECEIVED, event.channel().name());
	}

	@EventListener
	void on(IntakeItemDecided event) {
		if (IntakeStatus.CLOSED.contains(event.status())) {
			add(event.agencyCode(), FactKind.INTAKE_CONCLUDED, event.status().name());
		}
		if (MEDIATION_ENDS.contains(event.status())) {
			add(event.agencyCode(), FactKind.MEDIATION_CONCLUDED, "");
		}
		if (MEDIATION_SUCCESSES.contains(event.status())) {
			add(event.agencyCode(), FactKind.MEDIATION_SUCCEEDED, "");
		}
		if (event.amountRecovered() != null && event.amountRecovered().signum() > 0) {
			add(event.agencyCode(), FactKind.AMOUNT_RECOVERED, "", FactKind.NO_DURATION,
					event.amountRecovered().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
		}
	}

	@EventListener
	void on(CampaignReportApproved event) {
		event.figures().forEach((figure, value) -> {
			if (value != null && value != 0) {
				add(event.agencyCode(), FactKind.CAMPAIGN_REPORTED, figure.name(), FactKind.NO_DURATION, value);
			}
		});
	}

	@EventListener
	void on(AlertIssued event) {
		add(event.issuerAgency(), FactKind.ALERT_ISSUED, "");
	}

	@EventListener
	void on(AlertAcknowledged event) {
		add(event.agencyCode(), FactKind.ALERT_ACKNOWLEDGED, "");
	}

	private void add(String agencyCode, FactKind kind, String category) {
		add(agencyCode, kind, category, FactKind.NO_DURATION);
	}

	private void add(String agencyCode, FactKind kind, String category, int workingDays) {
		add(agencyCode, kind, category, workingDays, 1);
	}

	/**
	 * An agency the directory does not know has no region or department to be counted under, so no report could
	 * show its fact: it is left out, and the change it counts (a supervision entry, say) still commits.
	 */
	private void add(String agencyCode, FactKind kind, String category, int workingDays, long value) {
		directory.agency(agencyCode).ifPresent(agency -> {
			Fact fact = new Fact(agency.code(), agency.regionCode(), agency.departmentCode(), category,
					LocalDate.now(WorkingCalendar.ZONE), kind, workingDays, 0);
			Map<Fact, Long> pending = TransactionScoped.value(this, () -> new TreeMap<>(ORDER),
					facts -> facts.forEach((counted, sum) -> repository.add(withValue(counted, sum))));
			if (pending != null) {
				pending.merge(fact, value, Long::sum);
			}
			else {
				repository.add(withValue(fact, value));
			}
		});
	}

	private static Fact withValue(Fact fact, long value) {
		return new Fact(fact.agencyCode(), fact.regionCode(), fact.departmentCode(), fact.category(), fact.day(),
				fact.kind(), fact.workingDays(), value);
	}
}
