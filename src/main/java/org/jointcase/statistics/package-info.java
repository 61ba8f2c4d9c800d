/**
 * Counts what the agencies did (cases, transfers, assistance, reviews, supervision) from the modules' past-tense
 * events, for a region or an agency over a period, as tables, charts, exports and a yearly summary: counts only.
 */
package org.jointcase.statistics;
