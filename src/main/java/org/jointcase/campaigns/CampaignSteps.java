package org.jointcase.campaigns;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.jointcase.campaigns.CampaignInputs.Approval;
import org.jointcase.campaigns.CampaignInputs.Reason;
import org.jointcase.campaigns.CampaignInputs.ReportInput;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.OpenTask;
import org.jointcase.tasks.ProcessSteps;
import org.springframework.stereotype.Component;

/**
 * The inbox actions of a campaign; the inbox has checked that the officer is a candidate of the task: a participant's
 * inspector submits the period's report, its supervisor approves it or sends it back.
 */
@Component
class CampaignSteps implements ProcessSteps {

	static final String SUBMIT = "submit";
	static final String APPROVE = "approve";
	static final String SEND_BACK = "send-back";

	private static final Map<String, Map<String, Class<?>>> ACTIONS = Map.of(
			CoordinatedAction.SUBMIT_REPORT_TASK, Map.of(SUBMIT, ReportInput.class),
			CoordinatedAction.APPROVE_REPORT_TASK, Map.of(APPROVE, Approval.class, SEND_BACK, Reason.class));

	private final Campaigns campaigns;
	private final CampaignPolicy policy;
	private final TaskService taskService;

	CampaignSteps(Campaigns campaigns, CampaignPolicy policy, TaskService taskService) {
		this.campaigns = campaigns;
		this.policy = policy;
		this.taskService = taskService;
	}

	@Override
	public String processKey() {
		return CoordinatedAction.PROCESS_KEY;
	}

	@Override
	public Map<String, Map<String, Class<?>>> actions() {
		return ACTIONS;
	}

	@Override
	public Map<String, Object> act(OpenTask task, SignedInOfficer officer, String action, Object body) {
		UUID campaignId = UUID.fromString(task.recordId());
		policy.read(officer, campaignId, "campaign." + action);
		int period = ((Number) taskService.getVariable(task.id(), CoordinatedAction.PERIOD)).intValue();
		switch (action) {
			case SUBMIT -> {
				// Late when the report task's own deadline (the period's due date, off holidays) has passed.
				boolean late = task.dueAt() != null && Instant.now().isAfter(task.dueAt());
				campaigns.submitReport(campaignId, task.agencyCode(), period, officer, (ReportInput) body, late);
				return Map.of();
			}
			case APPROVE -> {
				campaigns.decideReport(campaignId, task.agencyCode(), period, officer, true, null);
				return Map.of(CoordinatedAction.APPROVED, true);
			}
			case SEND_BACK -> {
				campaigns.decideReport(campaignId, task.agencyCode(), period, officer, false,
						((Reason) body).reason().trim());
				return Map.of(CoordinatedAction.APPROVED, false);
			}
			default -> throw new IllegalArgumentException("No action " + action + " at " + task.step());
		}
	}
}
