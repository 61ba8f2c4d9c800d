package org.jointcase.tasks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcase.security.SignedInOfficer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders and supervision entries addressed to the officer's agency and roles ({@link NoticePolicy}), each with the
 * actions the officer may take on it.
 */
@Service
public class Notices {

	private static final int LIMIT = 200;

	private final InboxRepository repository;
	private final NoticePolicy policy;

	Notices(InboxRepository repository, NoticePolicy policy) {
		this.repository = repository;
		this.policy = policy;
	}

	public List<DeadlineNotice> of(SignedInOfficer officer, boolean includeAcknowledged) {
		return repository.notices(officer.agencyCode(), NoticePolicy.roles(officer), includeAcknowledged, LIMIT)
			.stream()
			.map(notice -> policy.withAllowedActions(officer, notice))
			.toList();
	}

	@Transactional
	public void acknowledge(SignedInOfficer officer, UUID noticeId) {
		DeadlineNotice notice = repository.notice(noticeId, true)
			.orElseThrow(() -> policy.notFound(officer, noticeId.toString()));
		policy.requireAcknowledge(officer, notice);
		repository.acknowledge(noticeId, officer.username(), Instant.now());
	}
}
