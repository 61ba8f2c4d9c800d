package org.jointcase.cases;

/** Why a share exists: a supervisor's decision, or a process that needs another agency to see the case. */
public enum ShareSource {
	MANUAL, TRANSFER, ASSISTANCE, REVIEW,
	/** The recording agency's supervisor disclosed the informant's identity on request. */
	DISCLOSURE,
	/** An alert lets its addressees see the evidence documents of the issuer's case until it expires. */
	ALERT
}
