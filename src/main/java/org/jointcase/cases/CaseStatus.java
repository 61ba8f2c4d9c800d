package org.jointcase.cases;

public enum CaseStatus {
	OPEN, CLOSED
}
