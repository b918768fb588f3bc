/**
 * The collective's self-assessment over time: how strong it judges its five capacities
 * (remain, know, decide together, networks, public action) and which results of
 * collective protection it has reached, check after check, sealed with its key and read
 * by its coordinators and members only.
 */
@NullMarked
package org.tejido.risk.capacities;

import org.jspecify.annotations.NullMarked;
