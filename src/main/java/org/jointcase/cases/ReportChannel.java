package org.jointcase.cases;

/** How an informant or complainant reported: visible to everyone who sees the case, unlike who they are. */
public enum ReportChannel {
	HOTLINE, ONLINE, LETTER, IN_PERSON, ANONYMOUS
}
