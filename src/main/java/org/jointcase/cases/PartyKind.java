package org.jointcase.cases;

public enum PartyKind {
	BUSINESS, PERSON
}
