package org.tejido.library.packs;

import org.jspecify.annotations.Nullable;

/**
 * A file of a resource as its pack page shows it: a link inside the pack when its licence
 * let it be copied there, else none (the page points to the source).
 */
public record PackFileLink(String name, @Nullable String href, String size, String kind) {
}
