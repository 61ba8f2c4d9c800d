package org.jointcase.intake;

import java.util.Set;

/** Where an item stands. */
public enum IntakeStatus {
	/** With the region coordinators: the rules could not place it, or it was forwarded more often than they allow. */
	TRIAGE,
	/** With the competent agency, waiting for its decision to accept (complaint) or to open a case (report). */
	ROUTED,
	/** A complaint accepted and being mediated or settled through ODR. */
	MEDIATION,
	/** The business answered through ODR; the consumer's confirmation closes the complaint. */
	AWAITING_CONFIRMATION,
	/** A report decided, the real-name informant yet to be told. */
	INFORMING,
	REFUSED, SETTLED, NOT_SETTLED, WITHDRAWN, SETTLED_BY_ODR, CASE_OPENED, NO_CASE;

	public static final Set<IntakeStatus> CLOSED = Set.of(REFUSED, SETTLED, NOT_SETTLED, WITHDRAWN, SETTLED_BY_ODR,
			CASE_OPENED, NO_CASE);
}
