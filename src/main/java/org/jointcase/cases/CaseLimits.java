package org.jointcase.cases;

import org.jointcase.web.StoredIn;

/** The lengths of a case's texts, as the API validates them and the tables store them. */
public final class CaseLimits {

	@StoredIn("case_record.title")
	public static final int TITLE = 200;

	@StoredIn("case_record.summary")
	public static final int SUMMARY = 10000;

	@StoredIn("case_party.name")
	public static final int PARTY_NAME = 200;

	/** A unified social credit code's 18 characters ({@link CreditCode}). */
	@StoredIn("case_party.credit_code")
	public static final int CREDIT_CODE = 18;

	@StoredIn("case_party.id_number")
	public static final int ID_NUMBER = 40;

	@StoredIn("case_party.address")
	public static final int ADDRESS = 300;

	@StoredIn("case_informant.name")
	public static final int INFORMANT_NAME = 100;

	@StoredIn("case_informant.contact")
	public static final int INFORMANT_CONTACT = 200;

	@StoredIn("case_note.text")
	public static final int NOTE = 10000;

	@StoredIn("case_share.reason")
	public static final int SHARE_REASON = 500;

	/** Longer details are cited on the timeline (CaseRepository). */
	@StoredIn("case_event.detail")
	public static final int EVENT_DETAIL = 1000;

	private CaseLimits() {
	}
}
