package org.jointcase.intake;

/** A complaint seeks redress from a business for a consumer; a report tells of a violation. */
public enum IntakeKind {
	COMPLAINT, REPORT
}
