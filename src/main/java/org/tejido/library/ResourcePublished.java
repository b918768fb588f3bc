package org.tejido.library;

/**
 * A resource became part of the public catalogue (first import or contribution accepted).
 */
public record ResourcePublished(ResourceId resource) {
}
