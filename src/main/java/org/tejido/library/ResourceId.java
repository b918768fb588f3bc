package org.tejido.library;

import java.util.UUID;

/**
 * Identifies a resource of the library.
 */
public record ResourceId(UUID value) {

	public static ResourceId random() {
		return new ResourceId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
