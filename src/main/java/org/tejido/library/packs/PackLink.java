package org.tejido.library.packs;

/**
 * A link of a browsing list: a facet value or a letter, with how many resources it leads
 * to.
 */
public record PackLink(String label, String href, long count) {
}
