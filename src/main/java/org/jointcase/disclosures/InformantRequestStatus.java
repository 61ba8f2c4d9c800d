package org.jointcase.disclosures;

public enum InformantRequestStatus {
	PENDING, GRANTED, REFUSED
}
