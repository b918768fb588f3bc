/**
 * Risk: the collective's own analysis of the threats it faces (facts, pattern, objective,
 * source, feasibility), of its vulnerabilities and capacities (with a gender and
 * intersectional lens), its estimate of each risk, reviewed over time; the protection
 * plan that answers it, with shared responsibilities and reminders; and the
 * self-assessment of the five collective capacities and the results achieved, tracked
 * over time. Everything is sealed with the collective's key and read only by those a
 * coordinator chooses.
 */
@NullMarked
package org.tejido.risk;

import org.jspecify.annotations.NullMarked;
