package org.tejido.library.packs;

import java.util.List;

/**
 * A titled list of browsing links on a pack's home page.
 *
 * @param level the heading level of its title (2 or 3)
 */
public record PackGroup(String title, int level, List<PackLink> links) {
}
