package org.jointcase.alerts;

import org.jointcase.cases.CaseLimits;
import org.jointcase.web.StoredIn;

/** The lengths of an alert's texts, as the API validates them and the tables store them. */
public final class AlertLimits {

	@StoredIn("alert.credit_code")
	public static final int CREDIT_CODE = CaseLimits.CREDIT_CODE;

	@StoredIn("alert.business_name")
	public static final int BUSINESS_NAME = 200;

	@StoredIn("alert.practice")
	public static final int PRACTICE = 4000;

	@StoredIn("alert.summary")
	public static final int SUMMARY = 4000;

	@StoredIn("alert_addressee.answer")
	public static final int ANSWER = 4000;

	private AlertLimits() {
	}
}
