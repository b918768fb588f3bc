package org.tejido.library;

import java.util.UUID;

/**
 * Identifies a resource of the library.
 */
public record ResourceId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
