package org.jointcase.alerts;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service task of {@code alert}: a thin adapter from the process to {@link Alerts}. */
@Configuration(proxyBeanMethods = false)
class AlertDelegates {

	/** The expiry day has ended: the alert expires, acknowledged by every agency or not. */
	@Bean
	JavaDelegate expireAlert(Alerts alerts) {
		return execution -> alerts.expired(UUID.fromString(execution.getProcessBusinessKey()));
	}
}
