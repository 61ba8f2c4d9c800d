package org.jointcase.leads;

import org.jointcase.web.StoredIn;

/** The lengths of a transfer's texts, as the API validates them and the tables store them. */
public final class LeadLimits {

	/** A proposal's reason, and the reason or note of every step, which the step's row keeps. */
	@StoredIn(value = "lead_transfer.reason", within = "lead_transfer_step.detail")
	public static final int REASON = 2000;

	/** The crime report's result, on the transfer and on its step. */
	@StoredIn({ "lead_transfer.result_report", "lead_transfer_step.detail" })
	public static final int RESULT = 4000;

	private LeadLimits() {
	}
}
