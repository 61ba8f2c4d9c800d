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
import org.jointcase.web.Keyset;
import org.jointcase.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders and supervision entries addressed to the officer's agency and roles ({@link NoticePolicy}), each with the
 * actions the officer may take on it. Each list is one {@code notice.list} entry of the audit trail and each
 * acknowledgement one {@code notice.acknowledge}.
 */
@Service
public class Notices {

	private static final int MAX_PAGE = 100;

	private final InboxRepository repository;
	private final NoticePolicy policy;
	private final AuditTrail audit;

	Notices(InboxRepository repository, NoticePolicy policy, AuditTrail audit) {
		this.repository = repository;
		this.policy = policy;
		this.audit = audit;
	}

	/**
	 * Filters of the notice list, each optional: the kind (reminder or supervision), the process, step and case of
	 * the task it is about; acknowledged notices only with {@code includeAcknowledged}.
	 */
	public record Filter(DeadlineNotice.Kind kind, String process, String step, UUID caseId,
			boolean includeAcknowledged) {

		public static final Filter UNREAD = new Filter(null, null, null, null, false);
	}

	/**
	 * One page of the notices addressed to the officer's agency and roles, newest first, at most {@code size} (1 to
	 * 100); {@code cursor} is the {@code next} of the page before, {@code null} for the first. A page costs the same
	 * however deep it is. Each page is one {@code notice.list} entry of the trail.
	 */
	public PageResponse<DeadlineNotice> page(SignedInOfficer officer, Filter filter, String cursor, int size) {
		int limit = Math.max(1, Math.min(size, MAX_PAGE));
		InboxRepository.NoticePosition after = Keyset.position(cursor,
				parts -> new InboxRepository.NoticePosition(Instant.parse(parts[0]), UUID.fromString(parts[1])));
		List<DeadlineNotice> rows = repository.notices(officer.agencyCode(), NoticePolicy.roles(officer),
				new InboxRepository.NoticeFilter(filter.kind(), filter.process(), filter.step(), filter.caseId(),
						filter.includeAcknowledged()), after, limit + 1);
		String next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			DeadlineNotice last = rows.get(limit - 1);
			next = Keyset.cursor(last.createdAt(), last.id());
		}
		audit.recordAttempt(AuditEvent.by(officer, "notice.list", "notice", "list", filter.caseId(),
				AuditOutcome.ALLOWED, rows.size() + " notices"));
		return new PageResponse<>(rows.stream().map(notice -> policy.withAllowedActions(officer, notice)).toList(),
				next);
	}

	/** How many notices addressed to the officer's agency and roles nobody has acknowledged: the header's count. */
	public int unread(SignedInOfficer officer) {
		return repository.unreadNotices(officer.agencyCode(), NoticePolicy.roles(officer));
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
