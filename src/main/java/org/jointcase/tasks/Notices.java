package org.jointcase.tasks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Service;

/** Reminders and supervision entries addressed to the officer's agency. */
@Service
public class Notices {

	private final InboxRepository repository;

	Notices(InboxRepository repository) {
		this.repository = repository;
	}

	public List<DeadlineNotice> of(SignedInOfficer officer, boolean includeAcknowledged) {
		return repository.notices(officer.agencyCode(), includeAcknowledged, 200);
	}

	public void acknowledge(SignedInOfficer officer, UUID noticeId) {
		if (!repository.acknowledge(noticeId, officer.agencyCode(), officer.username(), Instant.now())) {
			throw ApiProblem.notFound("Notice");
		}
	}
}
