/**
 * Counts deadlines in working days on China's holiday calendar and names the rule each deadline follows.
 */
package org.jointcase.calendar;
