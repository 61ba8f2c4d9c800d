package org.jointcase.alerts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jointcase.alerts.AlertInputs.Acknowledgement;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.OpenTask;
import org.jointcase.tasks.ProcessSteps;
import org.springframework.stereotype.Component;

/**
 * The inbox action of an alert; the inbox has checked that the officer is a candidate of the task. The inspectors of
 * an addressed agency acknowledge: they are the ones who would find the business operating in their area, and an
 * acknowledgement commits the agency to nothing a supervisor must approve.
 */
@Component
class AlertSteps implements ProcessSteps {

	static final String ACKNOWLEDGE = "acknowledge";

	private static final Map<String, Map<String, Class<?>>> ACTIONS = Map.of(
			AlertProcess.ACKNOWLEDGE_ALERT_TASK, Map.of(ACKNOWLEDGE, Acknowledgement.class));

	private final Alerts alerts;
	private final AlertPolicy policy;

	AlertSteps(Alerts alerts, AlertPolicy policy) {
		this.alerts = alerts;
		this.policy = policy;
	}

	@Override
	public String processKey() {
		return AlertProcess.PROCESS_KEY;
	}

	@Override
	public Map<String, Map<String, Class<?>>> actions() {
		return ACTIONS;
	}

	@Override
	public Map<String, Object> act(OpenTask task, SignedInOfficer officer, String action, Object body) {
		UUID alertId = UUID.fromString(task.recordId());
		policy.read(officer, alertId, "alert." + action);
		boolean late = task.dueAt() != null && Instant.now().isAfter(task.dueAt());
		alerts.acknowledge(alertId, task.agencyCode(), officer, (Acknowledgement) body, late);
		return Map.of();
	}
}
