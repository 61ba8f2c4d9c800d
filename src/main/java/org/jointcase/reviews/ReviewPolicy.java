package org.jointcase.reviews;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.jointcase.audit.Refusals;
import org.jointcase.cases.process.TimelineAudience;
import org.jointcase.directory.Role;
import org.jointcase.reviews.ReviewRepository.ReviewRow;
import org.jointcase.reviews.ReviewViews.FollowUpAction;
import org.jointcase.reviews.ReviewViews.Opinion;
import org.jointcase.security.SignedInOfficer;
import org.springframework.stereotype.Component;

/**
 * The policy of joint reviews, asked by every path to a review. An agency takes part in a review if it convened it,
 * was asked for its consent as the owner of a reviewed case, or participates in it — from the moment every owner
 * consented, never before, and never in a review an owner refused. Whoever takes part reads the review's record, also
 * after it ended; anyone else gets the 404 of a review that does not exist. Opinions are written independently: an
 * agency sees its own, the convening coordinators the approved ones as they come, every reader every approved one
 * once the opinion phase has closed. Only the convening agency's coordinators intervene (403 for other readers).
 * Refusals go through {@link Refusals}. As the case timeline's {@link TimelineAudience} for opinions, it shows the
 * entry citing an opinion's stance only to those who may see the opinion, when they may.
 */
@Component
class ReviewPolicy implements TimelineAudience {

	/** The subject type of case timeline entries about an opinion; the subject id is the opinion's id. */
	static final String OPINION_SUBJECT = "review-opinion";

	/** The actions a {@link ReviewViews.ReviewView} or one of its follow-up actions may name. */
	static final String CLOSE_OPINION_PHASE = "close-opinion-phase", CANCEL_ACTION = "cancel-action";

	private static final String TARGET = "review";

	private final ReviewRepository repository;
	private final Refusals refusals;

	ReviewPolicy(ReviewRepository repository, Refusals refusals) {
		this.repository = repository;
		this.refusals = refusals;
	}

	/** Only a coordinator convenes a review: 403 with the rule {@code coordinator} otherwise. */
	void requireConvener(SignedInOfficer officer) {
		if (!officer.hasRole(Role.COORDINATOR)) {
			throw refusals.forbidden(officer, "review.convene", TARGET, "new", null, "coordinator",
					"Only a coordinator convenes a joint review");
		}
	}

	/** The review for an officer whose agency takes part in it, audited; otherwise an audited 404. */
	ReviewRow read(SignedInOfficer officer, UUID reviewId, String action) {
		ReviewRow review = visible(officer, reviewId, action);
		refusals.allowedRead(officer, action, TARGET, reviewId.toString(), null);
		return review;
	}

	/**
	 * The review for a coordinator of the convening agency about to intervene ({@code action}): 404 for an officer
	 * who does not take part, 403 with the rule {@code convening-coordinator} for other readers. Whether the review's
	 * phase allows the intervention is the caller's to check (409).
	 */
	ReviewRow requireCoordinator(SignedInOfficer officer, UUID reviewId, String action) {
		ReviewRow review = visible(officer, reviewId, action);
		if (!coordinates(officer, review)) {
			throw refusals.forbidden(officer, action, TARGET, reviewId.toString(), null, "convening-coordinator",
					"Only a coordinator of the convening agency does this");
		}
		refusals.allowedChange(officer, action, TARGET, reviewId.toString(), null);
		return review;
	}

	private ReviewRow visible(SignedInOfficer officer, UUID reviewId, String action) {
		return repository.find(reviewId, false)
			.filter(review -> takesPart(officer.agencyCode(), review))
			.orElseThrow(() -> refusals.notVisible(officer, action, TARGET, reviewId.toString(), null, "Review"));
	}

	boolean takesPart(String agencyCode, ReviewRow review) {
		return repository.readableBy(review.id(), agencyCode);
	}

	/** The actions on the review the officer may take now. */
	Set<String> actions(SignedInOfficer officer, ReviewRow review) {
		Set<String> actions = new LinkedHashSet<>();
		if (coordinates(officer, review)) {
			if (review.status() == ReviewStatus.OPINIONS && review.closedEarlyBy() == null) {
				actions.add(CLOSE_OPINION_PHASE);
			}
			if (review.status() == ReviewStatus.ACTIONS) {
				actions.add(CANCEL_ACTION);
			}
		}
		return actions;
	}

	/** The actions on one follow-up action the officer may take now: cancel it while it is open. */
	Set<String> actions(SignedInOfficer officer, ReviewRow review, FollowUpAction action) {
		return actions(officer, review).contains(CANCEL_ACTION) && "OPEN".equals(action.status())
				? Set.of(CANCEL_ACTION) : Set.of();
	}

	/** Whether the officer, whose agency takes part in the review, sees the opinion now. */
	boolean seesOpinion(SignedInOfficer officer, ReviewRow review, Opinion opinion) {
		if (opinion.agencyCode().equals(officer.agencyCode())) {
			return true;
		}
		boolean opinionsOut = review.status().open() && review.status() != ReviewStatus.OPINIONS;
		return "APPROVED".equals(opinion.status()) && (coordinates(officer, review) || opinionsOut);
	}

	/** Whether the officer sees the opinion with this id now: their agency takes part and the rules above let it. */
	boolean seesOpinion(SignedInOfficer officer, UUID opinionId) {
		return repository.opinionOf(opinionId)
			.flatMap(of -> repository.find(of.reviewId(), false)
				.filter(review -> takesPart(officer.agencyCode(), review))
				.flatMap(review -> repository.opinion(review.id(), of.agencyCode())
					.map(opinion -> seesOpinion(officer, review, opinion))))
			.orElse(false);
	}

	@Override
	public String subjectType() {
		return OPINION_SUBJECT;
	}

	@Override
	public boolean sees(SignedInOfficer officer, String opinionId) {
		return seesOpinion(officer, UUID.fromString(opinionId));
	}

	private static boolean coordinates(SignedInOfficer officer, ReviewRow review) {
		return officer.agencyCode().equals(review.coordinatorAgency()) && officer.hasRole(Role.COORDINATOR);
	}
}
