package org.jointcase.intake;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jointcase.cases.CaseCategory;
import org.jointcase.tasks.ProcessVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.jointcase.intake.IntakeProcess.*;

/** The service tasks of {@code bpmn/complaint-intake.bpmn}: each reads its variables and calls {@link IntakeItems}. */
@Configuration(proxyBeanMethods = false)
class IntakeDelegates {

	@Bean
	JavaDelegate routeIntakeItem(IntakeItems items) {
		return execution -> execution.setVariables(items.route(item(execution)));
	}

	@Bean
	JavaDelegate forwardIntakeItem(IntakeItems items) {
		return execution -> execution.setVariables(items.forward(item(execution),
				(String) execution.getVariable(FORWARD_TO), (String) execution.getVariable(FORWARD_REASON),
				(String) execution.getVariable(ACTOR), (String) execution.getVariable(ACTOR_AGENCY)));
	}

	@Bean
	JavaDelegate openCaseFromIntake(IntakeItems items) {
		return execution -> {
			UUID caseId = items.openCase(item(execution), (String) execution.getVariable(CASE_TITLE),
					CaseCategory.valueOf((String) execution.getVariable(CASE_CATEGORY)),
					(String) execution.getVariable(ACTOR));
			execution.setVariable(ProcessVariables.CASE_ID, caseId.toString());
		};
	}

	private static UUID item(DelegateExecution execution) {
		return UUID.fromString(execution.getProcessBusinessKey());
	}
}
