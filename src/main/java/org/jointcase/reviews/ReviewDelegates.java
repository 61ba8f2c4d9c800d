package org.jointcase.reviews;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jointcase.reviews.ReviewViews.FollowUpAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code joint-review}: thin adapters from process variables to {@link Reviews}. */
@Configuration(proxyBeanMethods = false)
class ReviewDelegates {

	/** The opinion phase ended, every agency answered or the coordinator closed it: record who did not answer. */
	@Bean
	JavaDelegate closeOpinionPhase(Reviews reviews) {
		return execution -> reviews.opinionPhaseClosed(reviewId(execution));
	}

	/** Addresses one follow-up action's task to its agency, due on the date the coordinator set. */
	@Bean
	JavaDelegate addressFollowUpAction(Reviews reviews) {
		return execution -> {
			FollowUpAction action = reviews.action(reviewId(execution),
					UUID.fromString((String) execution.getVariable(JointReview.ACTION_ID)));
			execution.setVariableLocal(JointReview.ACTION_AGENCY, action.agencyCode());
			execution.setVariableLocal(JointReview.ACTION_DUE_DATE, action.dueDate().toString());
		};
	}

	/** Every action is done or cancelled: the access the review gave ends, its record stays. */
	@Bean
	JavaDelegate closeReview(Reviews reviews) {
		return execution -> reviews.closed(reviewId(execution));
	}

	private static UUID reviewId(DelegateExecution execution) {
		return UUID.fromString(execution.getProcessBusinessKey());
	}
}
