package org.jointcase.reviews;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jointcase.reviews.ReviewViews.FollowUpAction;
import org.springframework.stereotype.Component;

/** The service tasks of {@code joint-review}: thin adapters from process variables to {@link Reviews}. */
final class ReviewDelegates {

	private ReviewDelegates() {
	}

	private static UUID reviewId(DelegateExecution execution) {
		return UUID.fromString(execution.getProcessBusinessKey());
	}

	/** The opinion phase ended, every agency answered or the coordinator closed it: record who did not answer. */
	@Component("closeOpinionPhase")
	static class CloseOpinionPhase implements JavaDelegate {

		private final Reviews reviews;

		CloseOpinionPhase(Reviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			reviews.opinionPhaseClosed(reviewId(execution));
		}
	}

	/** Addresses one follow-up action's task to its agency, due on the date the coordinator set. */
	@Component("addressFollowUpAction")
	static class AddressFollowUpAction implements JavaDelegate {

		private final Reviews reviews;

		AddressFollowUpAction(Reviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			FollowUpAction action = reviews.action(reviewId(execution),
					UUID.fromString((String) execution.getVariable(JointReview.ACTION_ID)));
			execution.setVariableLocal(JointReview.ACTION_AGENCY, action.agencyCode());
			execution.setVariableLocal(JointReview.ACTION_DUE_DATE, action.dueDate().toString());
		}
	}

	/** Every action is done or cancelled: the access the review gave ends, its record stays. */
	@Component("closeReview")
	static class CloseReview implements JavaDelegate {

		private final Reviews reviews;

		CloseReview(Reviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			reviews.closed(reviewId(execution));
		}
	}
}
