package org.jointcase.disclosures;

import java.util.UUID;

import org.jointcase.cases.process.TimelineAudience;
import org.jointcase.security.SignedInOfficer;
import org.springframework.stereotype.Component;

/** Timeline entries about a request for the informant's identity are seen by the two agencies it involves. */
@Component
class InformantRequestAudience implements TimelineAudience {

	private final DisclosureRepository repository;
	private final DisclosurePolicy policy;

	InformantRequestAudience(DisclosureRepository repository, DisclosurePolicy policy) {
		this.repository = repository;
		this.policy = policy;
	}

	@Override
	public String subjectType() {
		return InformantRequests.SUBJECT;
	}

	@Override
	public boolean sees(SignedInOfficer officer, String subjectId) {
		return repository.find(UUID.fromString(subjectId)).filter(r -> policy.reads(officer, r)).isPresent();
	}
}
