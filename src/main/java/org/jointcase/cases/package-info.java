/**
 * Keeps case records (parties, informant, documents, notes, timeline) and decides, in one place, who may see them.
 */
package org.jointcase.cases;
