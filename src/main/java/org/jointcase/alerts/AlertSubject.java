package org.jointcase.alerts;

/** What an alert is about: one business (by credit code and/or name) or a practice described in words. */
public enum AlertSubject {
	BUSINESS, PRACTICE
}
