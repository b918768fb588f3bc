/**
 * Situation reports: what a collective shows its allies and donors of a period (alerts,
 * observations, risk levels and protection measures, counted by category and month),
 * anonymised as its coordinator chooses (no names, no words, places only as rounded
 * coordinates, small counts suppressed), previewed exactly as they leave, printed or
 * downloaded as CSV, and shared with the coalition, whose administrators see the shared
 * reports combined. Reads other modules only through the counts their APIs give.
 */
@NullMarked
package org.tejido.reports;

import org.jspecify.annotations.NullMarked;
