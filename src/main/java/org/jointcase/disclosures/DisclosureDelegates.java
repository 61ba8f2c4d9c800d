package org.jointcase.disclosures;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.jointcase.disclosures.InformantDisclosureProcess.*;

/** The service tasks of {@code bpmn/informant-disclosure.bpmn}: each reads its variables and calls the service. */
@Configuration(proxyBeanMethods = false)
class DisclosureDelegates {

	@Bean
	JavaDelegate discloseInformant(InformantRequests requests) {
		return execution -> requests.disclose(request(execution), actor(execution), actorAgency(execution));
	}

	@Bean
	JavaDelegate refuseInformantDisclosure(InformantRequests requests) {
		return execution -> requests.refuse(request(execution), actor(execution), actorAgency(execution));
	}

	private static UUID request(DelegateExecution execution) {
		return UUID.fromString(execution.getProcessBusinessKey());
	}

	private static String actor(DelegateExecution execution) {
		return (String) execution.getVariable(ACTOR);
	}

	private static String actorAgency(DelegateExecution execution) {
		return (String) execution.getVariable(ACTOR_AGENCY);
	}
}
