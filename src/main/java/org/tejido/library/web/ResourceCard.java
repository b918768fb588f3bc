package org.tejido.library.web;

import org.jspecify.annotations.Nullable;

import org.tejido.library.catalogue.Resource.Localized;

/**
 * A resource as listed in results: enough to decide whether to open it.
 */
public record ResourceCard(String slug, Localized title, @Nullable Localized summary, String type,
		@Nullable Integer year, @Nullable String publisher, String languages) {
}
