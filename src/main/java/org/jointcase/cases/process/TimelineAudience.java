package org.jointcase.cases.process;

import org.jointcase.security.SignedInOfficer;

/**
 * Who sees the timeline entries about one kind of subject, decided by the module that owns that subject through its
 * own policy (a review opinion is seen where the opinion is, when it is). A module provides one bean per subject type;
 * an entry whose subject type no module claims is shown to nobody outside the owner agency.
 */
public interface TimelineAudience {

	String subjectType();

	/** Whether {@code officer}, who may read the case's timeline, may see entries about this subject now. */
	boolean sees(SignedInOfficer officer, String subjectId);
}
