package org.jointcase.reviews;

import java.util.UUID;

import org.jointcase.cases.process.TimelineAudience;
import org.jointcase.security.SignedInOfficer;
import org.springframework.stereotype.Component;

/**
 * Who sees the case timeline's entries about a review opinion (its stance): those who may see the opinion in the
 * review's record, when they may — so that the timeline does not tell the stance during the opinion phase to an
 * agency the review itself keeps it from.
 */
@Component
class ReviewOpinionAudience implements TimelineAudience {

	static final String SUBJECT_TYPE = "review-opinion";

	private final ReviewPolicy policy;

	ReviewOpinionAudience(ReviewPolicy policy) {
		this.policy = policy;
	}

	@Override
	public String subjectType() {
		return SUBJECT_TYPE;
	}

	@Override
	public boolean sees(SignedInOfficer officer, String subjectId) {
		return policy.seesOpinion(officer, UUID.fromString(subjectId));
	}
}
