package org.jointcase.cases;

/**
 * How much of a case an agency that does not own it sees, each scope including the ones before it:
 * the summary (reference, title, summary, category, region, businesses named), the full record (also natural
 * persons, notes and timeline), and the full record with documents.
 */
public enum ShareScope {

	SUMMARY, FULL_RECORD, FULL_RECORD_WITH_DOCUMENTS;

	public boolean includes(ShareScope other) {
		return compareTo(other) >= 0;
	}
}
