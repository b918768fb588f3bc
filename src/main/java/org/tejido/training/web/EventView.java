package org.tejido.training.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.tejido.library.ResourceLinks.ResourceLink;

/**
 * An event as its page shows it, in the reader's language and chosen time zone.
 */
public record EventView(String slug, String title, String description, String when, String zone, String format,
		@Nullable String link, @Nullable String place, String organiser, String languages, @Nullable Integer capacity,
		long spotsLeft, boolean full, boolean past, boolean takesRegistrations, List<ResourceLink> resources) {

	public boolean canRegister() {
		return this.takesRegistrations && !this.full && !this.past;
	}

}
