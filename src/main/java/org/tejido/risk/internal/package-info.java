/**
 * The risk assessments of a collective: their sealed reviews (threats, vulnerabilities,
 * capacities, candidate measures), who may read them, and the rules that score and
 * compare them.
 */
@NullMarked
package org.tejido.risk.internal;

import org.jspecify.annotations.NullMarked;
