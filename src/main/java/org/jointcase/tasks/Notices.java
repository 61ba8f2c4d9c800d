package org.jointcase.tasks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcase.audit.AuditEvent;
import org.jointcase.audit.AuditOutcome;
import org.jointcase.audit.AuditTrail;
import org.jointcase.directory.Role;
import org.jointcase.engine.CandidateGroups;
import org.jointcase.security.SignedInOfficer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders and supervision entries addressed to the officer's agency and roles ({@link NoticePolicy}), each with the
 * actions the officer may take on it. Each list is one {@code notice.list} entry of the audit trail and each
 * acknowledgement one {@code notice.acknowledge}.
 */
@Service
public class Notices {

	private static final int LIMIT = 200;

	private final InboxRepository repository;
	private final NoticePolicy policy;
	private final AuditTrail audit;

	Notices(InboxRepository repository, NoticePolicy policy, AuditTrail audit) {
		this.repository = repository;
		this.policy = policy;
		this.audit = audit;
	}

	public List<DeadlineNotice> of(SignedInOfficer officer, boolean includeAcknowledged) {
		List<DeadlineNotice> notices = repository
			.notices(officer.agencyCode(), NoticePolicy.roles(officer), includeAcknowledged, LIMIT)
			.stream()
			.map(notice -> policy.withAllowedActions(officer, notice))
			.toList();
		audit.recordAttempt(AuditEvent.by(officer, "notice.list", "notice", "list", null, AuditOutcome.ALLOWED,
				notices.size() + " notices"));
		return notices;
	}

	/**
	 * Tells one role of an agency of something that is no task's deadline (a hot spot of complaints, say), in the
	 * caller's transaction: a notice of {@code kind} about {@code recordId} of {@code process}, {@code subject} saying
	 * what it is, read and acknowledged like the deadline notices.
	 */
	public void notify(DeadlineNotice.Kind kind, String process, String recordId, String subject, String agency,
			Role role) {
		repository.insertNotice(new DeadlineNotice(UUID.randomUUID(), kind, recordId, process, recordId, kind.name(),
				subject, null, null, agency, CandidateGroups.name(role), agency, null, Instant.now(), null, null, null));
	}

	@Transactional
	public void acknowledge(SignedInOfficer officer, UUID noticeId) {
		DeadlineNotice notice = repository.notice(noticeId, true)
			.orElseThrow(() -> policy.notFound(officer, noticeId.toString()));
		policy.requireAcknowledge(officer, notice);
		repository.acknowledge(noticeId, officer.username(), Instant.now());
		policy.acknowledged(officer, notice);
	}
}
