/**
 * Takes complaints and reports in (投诉举报) from the 12315 hotline and platform, ODR, letters, visits and other
 * hotlines, routes each to the competent agency and carries its decision on the clock, as the complaint-intake
 * process.
 */
package org.jointcase.intake;
