package org.jointcase.tasks;

import java.util.List;
import java.util.Set;

import org.jointcase.audit.Refusals;
import org.jointcase.engine.CandidateGroups;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Who reads and acknowledges a reminder or supervision entry: the officers of the agency it is addressed to who hold
 * the role it is addressed to, as the directory has them now. Anyone else gets 404, as for a notice that does not
 * exist, audited through {@link Refusals}, as is every acknowledgement; a notice acknowledged already is a conflict
 * (409).
 */
@Component
class NoticePolicy {

	static final String ACKNOWLEDGE = "acknowledge";

	private static final String NOTICE = "notice";

	private final Refusals refusals;

	NoticePolicy(Refusals refusals) {
		this.refusals = refusals;
	}

	/** The roles (as groups name them) whose notices of their own agency {@code officer} reads. */
	static List<String> roles(SignedInOfficer officer) {
		return officer.roles().stream().sorted().map(CandidateGroups::name).toList();
	}

	boolean mayRead(SignedInOfficer officer, DeadlineNotice notice) {
		return officer.agencyCode().equals(notice.addressedAgency()) && roles(officer).contains(notice.addressedRole());
	}

	/** The notice with what {@code officer} may do on it now. */
	DeadlineNotice withAllowedActions(SignedInOfficer officer, DeadlineNotice notice) {
		boolean mayAcknowledge = mayRead(officer, notice) && notice.acknowledgedAt() == null;
		return notice.withAllowedActions(mayAcknowledge ? Set.of(ACKNOWLEDGE) : Set.of());
	}

	/** Lets {@code officer} acknowledge the notice, or answers 404 (audited) or 409 when acknowledged already. */
	void requireAcknowledge(SignedInOfficer officer, DeadlineNotice notice) {
		if (!mayRead(officer, notice)) {
			throw notFound(officer, notice.id().toString());
		}
		if (notice.acknowledgedAt() != null) {
			throw ApiProblem.conflict(null, null, "The notice was acknowledged by " + notice.acknowledgedBy() + " at "
					+ notice.acknowledgedAt());
		}
	}

	/** Records the acknowledgement in the caller's transaction: the entry is kept only if it commits. */
	void acknowledged(SignedInOfficer officer, DeadlineNotice notice) {
		refusals.allowedChange(officer, NOTICE + "." + ACKNOWLEDGE, NOTICE, notice.id().toString(), notice.caseId());
	}

	/** The refusal for a notice that does not exist: the same 404 as for one the officer may not read. */
	ApiProblem notFound(SignedInOfficer officer, String noticeId) {
		return refusals.notVisible(officer, NOTICE + "." + ACKNOWLEDGE, NOTICE, noticeId, null, "Notice");
	}
}
