package org.tejido.library.files;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the file store knows of a file it holds: its name as given, its sniffed media
 * type, its size and hash, and the text found in it.
 */
public record StoredFile(String fileName, String mediaType, long sizeBytes, String sha256,
		@Nullable String extractedText, Instant storedAt) {
}
