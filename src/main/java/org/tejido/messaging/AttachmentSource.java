package org.tejido.messaging;

import java.util.Optional;

/**
 * Opens the files an e-mail carries, by the references queued with it; a module that
 * sends files implements it for the references it writes.
 */
public interface AttachmentSource {

	/** The file a reference names, if this source knows it and it still exists. */
	Optional<Attached> open(String reference);

	/** A file to attach. */
	record Attached(String fileName, String mediaType, byte[] bytes) {
	}

}
