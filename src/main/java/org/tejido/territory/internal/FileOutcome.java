package org.tejido.territory.internal;

import org.jspecify.annotations.Nullable;

/**
 * What one feature of a file became, or would become.
 *
 * @param number its number in the file, from 1
 * @param name its name, if it has one
 * @param becomes a message key saying what it becomes (an area, a place, the route, an
 * observation, unchanged)
 * @param detail a message key qualifying it (the place's kind, the observation's
 * category), or empty
 */
public record FileOutcome(int number, @Nullable String name, String becomes, String detail) {

}
