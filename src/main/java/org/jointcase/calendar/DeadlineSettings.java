package org.jointcase.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The period of each deadline rule under {@code jointcase.deadlines.<rule code>}, written like {@code 15 working days},
 * {@code 3 natural days} or {@code 24 hours}; in the environment e.g. {@code JOINTCASE_DEADLINES_VERIFYLEAD}. The
 * defaults are those of the product brief ("Deadlines").
 */
@ConfigurationProperties("jointcase.deadlines")
record DeadlineSettings(
		@DefaultValue("15 working days") DeadlinePeriod verifyLead,
		@DefaultValue("15 working days") DeadlinePeriod assistance,
		@DefaultValue("7 working days") DeadlinePeriod jurisdictionAgreement,
		@DefaultValue("7 working days") DeadlinePeriod designation,
		@DefaultValue("7 working days") DeadlinePeriod acceptComplaint,
		@DefaultValue("5 working days") DeadlinePeriod informInformant,
		@DefaultValue("3 natural days") DeadlinePeriod crimeTransferDecision,
		@DefaultValue("24 hours") DeadlinePeriod crimeTransferSend,
		@DefaultValue("3 natural days") DeadlinePeriod crimeAcceptance,
		@DefaultValue("7 working days") DeadlinePeriod acceptTransfer,
		@DefaultValue("30 working days") DeadlinePeriod transferFeedback,
		@DefaultValue("5 working days") DeadlinePeriod reviewOpinion,
		@DefaultValue("3 working days") DeadlinePeriod approve,
		@DefaultValue("5 working days") DeadlinePeriod respond) {
}
