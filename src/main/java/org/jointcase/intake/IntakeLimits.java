package org.jointcase.intake;

import org.jointcase.cases.CaseLimits;
import org.jointcase.web.StoredIn;

/** The lengths of an intake item's texts, as the API validates them and the tables store them. */
public final class IntakeLimits {

	@StoredIn("intake_item.work_order")
	public static final int WORK_ORDER = 64;

	@StoredIn("intake_item.facts")
	public static final int FACTS = 10000;

	@StoredIn("intake_item.desired_outcome")
	public static final int DESIRED_OUTCOME = 2000;

	@StoredIn("intake_person.name")
	public static final int PERSON_NAME = 100;

	@StoredIn("intake_person.contact")
	public static final int PERSON_CONTACT = 200;

	@StoredIn("intake_item.business_name")
	public static final int BUSINESS_NAME = 200;

	@StoredIn("intake_item.credit_code")
	public static final int CREDIT_CODE = CaseLimits.CREDIT_CODE;

	@StoredIn("intake_item.business_address")
	public static final int BUSINESS_ADDRESS = 300;

	@StoredIn("intake_item.business_region")
	public static final int BUSINESS_REGION = 12;

	/** A step's reason or note, which the step's row keeps with what else the step says. */
	@StoredIn(within = "intake_step.detail")
	public static final int NOTE = 2000;

	@StoredIn({ "intake_item.business_answer", "intake_step.detail" })
	public static final int ODR_ANSWER = 4000;

	@StoredIn({ "intake_message.text", "intake_outbox.text" })
	public static final int MESSAGE = 2000;

	private IntakeLimits() {
	}
}
