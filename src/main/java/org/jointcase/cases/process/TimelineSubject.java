package org.jointcase.cases.process;

/**
 * What a timeline entry is about (a document, a review opinion, an assistance reply), so that the entry is shown only
 * to those who may see that subject. {@code type} names the kind, {@code id} the one meant.
 */
public record TimelineSubject(String type, String id) {

	/** The subject type of entries about a document; the cases module shows them where the document is visible. */
	public static final String DOCUMENT = "document";
}
