package org.jointcase.assistance;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code assistance-request}: each hands the request (the business key) to the service. */
@Configuration(proxyBeanMethods = false)
class AssistanceDelegates {

	@Bean(AssistanceProcess.SEND)
	JavaDelegate sendAssistanceRequest(AssistanceRequests requests) {
		return execution -> requests.send(requestId(execution));
	}

	@Bean(AssistanceProcess.CLOSE)
	JavaDelegate closeAssistanceRequest(AssistanceRequests requests) {
		return execution -> requests.close(requestId(execution));
	}

	@Bean(AssistanceProcess.CANCEL)
	JavaDelegate cancelAssistanceRequest(AssistanceRequests requests) {
		return execution -> requests.cancelled(requestId(execution));
	}

	private static UUID requestId(DelegateExecution execution) {
		return UUID.fromString(execution.getProcessBusinessKey());
	}
}
