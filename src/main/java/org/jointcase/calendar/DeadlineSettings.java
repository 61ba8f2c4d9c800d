package org.jointcase.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The period of each deadline rule under {@code jointcase.deadlines.<rule code>}, written like {@code 15 working days},
 * {@code 3 natural days} or {@code 24 hours}; in the environment e.g. {@code JOINTCASE_DEADLINES_VERIFYLEAD}. The
 * defaults are those of the product brief ("Deadlines"). How far each rule's deadlines may be extended in total is
 * under {@code jointcase.deadlines.extension-limits.<rule code>} ({@link ExtensionLimits}).
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
		@DefaultValue("5 working days") DeadlinePeriod respond,
		@DefaultValue("5 working days") DeadlinePeriod forwardIntake,
		@DefaultValue("45 working days") DeadlinePeriod mediateComplaint,
		@DefaultValue("2 working days") DeadlinePeriod acknowledgeAlert,
		@DefaultValue ExtensionLimits extensionLimits) {

	/**
	 * The most working days that all extensions of one deadline may add up to, per rule; 0 means the rule's deadlines
	 * are not extended. Where the law gives an extension it is the default (verification: 15, art. 18; assistance: 15,
	 * as the brief sets); where the law sets a period and no extension, none; the platform's own periods may be
	 * extended by one period more, at least a working week. {@code custom} is for dates an officer set (a follow-up
	 * action, a meeting): whoever set the date sets another, so by default no one else extends it.
	 */
	record ExtensionLimits(
			@DefaultValue("15") int verifyLead,
			@DefaultValue("15") int assistance,
			@DefaultValue("0") int jurisdictionAgreement,
			@DefaultValue("0") int designation,
			@DefaultValue("0") int acceptComplaint,
			@DefaultValue("0") int informInformant,
			@DefaultValue("0") int crimeTransferDecision,
			@DefaultValue("0") int crimeTransferSend,
			@DefaultValue("0") int crimeAcceptance,
			@DefaultValue("7") int acceptTransfer,
			@DefaultValue("30") int transferFeedback,
			@DefaultValue("5") int reviewOpinion,
			@DefaultValue("5") int approve,
			@DefaultValue("5") int respond,
			@DefaultValue("0") int forwardIntake,
			@DefaultValue("0") int mediateComplaint,
			@DefaultValue("2") int acknowledgeAlert,
			@DefaultValue("0") int custom) {
	}
}
