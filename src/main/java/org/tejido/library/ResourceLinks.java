package org.tejido.library;

import java.util.Optional;

/**
 * What other modules may know of a published resource: that it exists, and its title in a
 * reader's language, to link to it.
 */
public interface ResourceLinks {

	Optional<ResourceLink> find(String slug, String lang);

	/**
	 * A resource as a link: its slug and its title in the language asked for (or the
	 * original).
	 */
	record ResourceLink(String slug, String title) {
	}

}
