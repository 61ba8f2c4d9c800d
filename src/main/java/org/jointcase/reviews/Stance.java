package org.jointcase.reviews;

/** An agency's position on the handling the review proposes. */
public enum Stance {
	AGREE, DISAGREE, ABSTAIN
}
