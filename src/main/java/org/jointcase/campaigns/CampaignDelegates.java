package org.jointcase.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.campaigns.CampaignViews.Period;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code coordinated-action}: thin adapters from process variables to {@link Campaigns}. */
@Configuration(proxyBeanMethods = false)
class CampaignDelegates {

	/**
	 * Dates one period's report: its task opens on the period's first day — at once when that has come — and is due
	 * on its last day.
	 */
	@Bean
	JavaDelegate scheduleReport(Campaigns campaigns, Clock clock) {
		return execution -> {
			int number = ((Number) execution.getVariable(CoordinatedAction.LOOP_COUNTER)).intValue() + 1;
			Period period = campaigns.period(campaignId(execution), number);
			Instant opens = period.startsOn().atStartOfDay(WorkingCalendar.ZONE).toInstant();
			Instant now = clock.instant();
			execution.setVariableLocal(CoordinatedAction.PERIOD, number);
			execution.setVariableLocal(CoordinatedAction.BEGUN, !opens.isAfter(now));
			execution.setVariableLocal(CoordinatedAction.REPORT_OPENS_AT, Date.from(opens.isAfter(now) ? opens : now));
			execution.setVariableLocal(CoordinatedAction.REPORT_DUE_DATE, period.endsOn().toString());
		};
	}

	/** The coordinator recorded the conclusion: the campaign closes, its record stays. */
	@Bean
	JavaDelegate closeCampaign(Campaigns campaigns) {
		return execution -> campaigns.closed(campaignId(execution));
	}

	private static UUID campaignId(DelegateExecution execution) {
		return UUID.fromString(execution.getProcessBusinessKey());
	}
}
