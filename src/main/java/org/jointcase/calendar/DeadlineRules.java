package org.jointcase.calendar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * The named deadline rules of the product brief ("Deadlines"), each with the period configured for it
 * ({@code jointcase.deadlines.<code>}). Codes are stable: other modules store them with their deadlines.
 */
@Component
public class DeadlineRules {

	public static final String VERIFY_LEAD = "verify-lead";
	public static final String ASSISTANCE = "assistance";
	public static final String JURISDICTION_AGREEMENT = "jurisdiction-agreement";
	public static final String DESIGNATION = "designation";
	public static final String ACCEPT_COMPLAINT = "accept-complaint";
	public static final String INFORM_INFORMANT = "inform-informant";
	public static final String CRIME_TRANSFER_DECISION = "crime-transfer-decision";
	public static final String CRIME_TRANSFER_SEND = "crime-transfer-send";
	public static final String CRIME_ACCEPTANCE = "crime-acceptance";
	public static final String ACCEPT_TRANSFER = "accept-transfer";
	public static final String TRANSFER_FEEDBACK = "transfer-feedback";
	public static final String REVIEW_OPINION = "review-opinion";
	public static final String APPROVE = "approve";
	public static final String RESPOND = "respond";
	public static final String FORWARD_INTAKE = "forward-intake";
	public static final String MEDIATE_COMPLAINT = "mediate-complaint";
	public static final String ACKNOWLEDGE_ALERT = "acknowledge-alert";

	private static final String PENALTY_RULES = "市场监督管理行政处罚程序规定 "
			+ "(Market Regulation Administrative Penalty Procedure Rules, 2022)";
	private static final String COMPLAINT_MEASURES = "市场监督管理投诉举报处理暂行办法 "
			+ "(Interim Measures for Handling Market Regulation Complaints and Reports, 2022)";
	private static final String CRIME_TRANSFER_RULES = "行政执法机关移送涉嫌犯罪案件的规定 "
			+ "(State Council Rules on the Transfer of Suspected Criminal Cases by Administrative Enforcement Agencies)";
	private static final String PLATFORM_DEFAULT = "Platform default, no statute";

	private final Map<String, DeadlineRule> rules = new LinkedHashMap<>();
	private final DeadlineSettings.ExtensionLimits limits;

	DeadlineRules(DeadlineSettings periods) {
		this.limits = periods.extensionLimits();
		add(VERIFY_LEAD, periods.verifyLead(), limits.verifyLead(), "Verify a lead and decide whether to open a case; "
				+ "a supervisor may extend it by 15 working days, and time spent on testing or appraisal is not counted",
				PENALTY_RULES + ", art. 18");
		add(ASSISTANCE, periods.assistance(), limits.assistance(), "Complete an assistance (co-investigation) request; "
				+ "an extension is asked for before the period ends", PENALTY_RULES + ", art. 45");
		add(JURISDICTION_AGREEMENT, periods.jurisdictionAgreement(), limits.jurisdictionAgreement(),
				"Two agencies disputing jurisdiction agree between themselves", PENALTY_RULES + ", art. 13");
		add(DESIGNATION, periods.designation(), limits.designation(),
				"The common superior designates the agency with jurisdiction after a referral",
				PENALTY_RULES + ", art. 13, 16");
		add(ACCEPT_COMPLAINT, periods.acceptComplaint(), limits.acceptComplaint(),
				"Decide whether to accept a complaint", COMPLAINT_MEASURES + ", art. 14");
		add(INFORM_INFORMANT, periods.informInformant(), limits.informInformant(), "Tell a real-name informant whether "
				+ "a case was opened, after the decision, keeping their identity secret",
				COMPLAINT_MEASURES + ", art. 31, 33");
		add(CRIME_TRANSFER_DECISION, periods.crimeTransferDecision(), limits.crimeTransferDecision(),
				"The agency head decides whether to transfer a suspected crime to public security",
				CRIME_TRANSFER_RULES + ", art. 5");
		add(CRIME_TRANSFER_SEND, periods.crimeTransferSend(), limits.crimeTransferSend(),
				"Send an approved crime transfer to public security", CRIME_TRANSFER_RULES + ", art. 5");
		add(CRIME_ACCEPTANCE, periods.crimeAcceptance(), limits.crimeAcceptance(),
				"Public security decides on a transferred suspected crime after receiving it",
				CRIME_TRANSFER_RULES + ", art. 8");
		add(ACCEPT_TRANSFER, periods.acceptTransfer(), limits.acceptTransfer(),
				"Accept a transferred lead or dispute jurisdiction", PLATFORM_DEFAULT);
		add(TRANSFER_FEEDBACK, periods.transferFeedback(), limits.transferFeedback(),
				"Report the result of handling an accepted transfer back to the sending agency", PLATFORM_DEFAULT);
		add(REVIEW_OPINION, periods.reviewOpinion(), limits.reviewOpinion(),
				"Submit a written opinion in a joint case review", PLATFORM_DEFAULT);
		add(APPROVE, periods.approve(), limits.approve(),
				"A supervisor approves what leaves the agency (a transfer, a request, a reply)", PLATFORM_DEFAULT);
		add(RESPOND, periods.respond(), limits.respond(), "Answer what another agency sent back: a reply, a report, "
				+ "a request for more time", PLATFORM_DEFAULT);
		add(FORWARD_INTAKE, periods.forwardIntake(), limits.forwardIntake(),
				"Forward a complaint or report that the agency is not competent for to the competent agency",
				PLATFORM_DEFAULT);
		add(MEDIATE_COMPLAINT, periods.mediateComplaint(), limits.mediateComplaint(),
				"Mediate an accepted complaint to an outcome (settled, not settled, withdrawn) or its settlement "
						+ "by the business through online dispute resolution",
				COMPLAINT_MEASURES + ", mediation period");
		add(ACKNOWLEDGE_ALERT, periods.acknowledgeAlert(), limits.acknowledgeAlert(),
				"Acknowledge an alert sent to the agency", PLATFORM_DEFAULT);
	}

	private void add(String code, DeadlinePeriod period, int maxExtension, String text, String source) {
		rules.put(code, new DeadlineRule(code, period, text, source, maxExtension));
	}

	/**
	 * The most working days that all extensions of a deadline following {@code rule} may add together, as configured
	 * now (the configuration may have changed since the deadline was set); 0 when it is not extended.
	 */
	public int extensionLimit(DeadlineRule rule) {
		return DeadlineRule.CUSTOM.equals(rule.code()) ? limits.custom() : rule(rule.code()).maxExtension();
	}

	/** Every rule, in the order of the product brief. */
	public List<DeadlineRule> all() {
		return List.copyOf(rules.values());
	}

	/**
	 * The rule with {@code code}.
	 *
	 * @throws ApiProblem on field {@code rule} when no rule has that code
	 */
	public DeadlineRule rule(String code) {
		DeadlineRule rule = rules.get(code);
		if (rule == null) {
			throw ApiProblem.invalid("rule", "known-rule",
					"No deadline rule has the code '" + code + "'; the rules are " + rules.keySet());
		}
		return rule;
	}
}
