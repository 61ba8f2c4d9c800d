package org.jointcase.leads;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.jointcase.leads.LeadTransferProcess.*;

/** The service tasks of {@code bpmn/lead-transfer.bpmn}: each reads its variables and calls {@link LeadTransfers}. */
@Configuration(proxyBeanMethods = false)
class LeadTransferDelegates {

	@Bean
	JavaDelegate grantTransferAccess(LeadTransfers transfers) {
		return execution -> transfers.send(transfer(execution), actor(execution), actorAgency(execution));
	}

	@Bean
	JavaDelegate referTransferToSuperior(LeadTransfers transfers) {
		return execution -> execution.setVariable(DESIGNATORS, Variables.stringValue(
				transfers.refer(transfer(execution), actor(execution), actorAgency(execution)), true));
	}

	@Bean
	JavaDelegate transferOwnership(LeadTransfers transfers) {
		return execution -> {
			String reporters = transfers.handOver(transfer(execution), actor(execution), actorAgency(execution));
			// Transient, as the decision that led here: the gateway and the report task read them right after.
			execution.setVariable(OWNER_CHANGED, Variables.booleanValue(reporters != null, true));
			execution.setVariable(OWNER_INSPECTORS, Variables.stringValue(reporters, true));
		};
	}

	@Bean
	JavaDelegate withdrawTransfer(LeadTransfers transfers) {
		return execution -> transfers.close(transfer(execution), actor(execution), actorAgency(execution), true);
	}

	@Bean
	JavaDelegate closeTransfer(LeadTransfers transfers) {
		return execution -> transfers.close(transfer(execution), actor(execution), actorAgency(execution), false);
	}

	private static UUID transfer(DelegateExecution execution) {
		return UUID.fromString(execution.getProcessBusinessKey());
	}

	private static String actor(DelegateExecution execution) {
		return (String) execution.getVariable(ACTOR);
	}

	private static String actorAgency(DelegateExecution execution) {
		return (String) execution.getVariable(ACTOR_AGENCY);
	}
}
