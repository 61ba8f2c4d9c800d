/**
 * Joint case reviews (会商): a coordinator convenes agencies over cases, each gives an approved opinion, the
 * coordinator records the conclusion and follow-up actions, and the record stays while the case access ends.
 */
package org.jointcase.reviews;
