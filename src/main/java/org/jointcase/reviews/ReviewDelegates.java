package org.jointcase.reviews;

import java.util.ArrayList;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.jointcase.reviews.ReviewViews.FollowUpAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code joint-review}: thin adapters from process variables to {@link Reviews}. */
@Configuration(proxyBeanMethods = false)
class ReviewDelegates {

	/**
	 * Every owner consented, or none had to: the review gives its access and asks the participants for opinions. The
	 * participants are transient: read once, as the opinion instances start; the review's tables keep them.
	 */
	@Bean
	JavaDelegate openReview(Reviews reviews) {
		return execution -> execution.setVariable(JointReview.PARTICIPANTS,
				Variables.objectValue(new ArrayList<>(reviews.open(reviewId(execution))), true).create());
	}

	/** An owner agency refused: the review ends without having given any access. */
	@Bean
	JavaDelegate refuseReview(Reviews reviews) {
		return execution -> reviews.refused(reviewId(execution));
	}

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
