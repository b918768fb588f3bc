package org.tejido.library.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

import org.springframework.stereotype.Component;

/**
 * Finds out what a file really is from its bytes (never from its name) and reads the text
 * out of documents so that search can find words inside them.
 */
@Component
public class FileInspector {

	static final int MAX_TEXT = 500_000;

	private static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "application/msword",
			"application/vnd.ms-excel", "application/vnd.ms-powerpoint", "application/rtf", "text/plain", "text/csv",
			"application/epub+zip");

	private static final Set<String> OTHER_ALLOWED = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

	/** The media type sniffed from the content alone. */
	public String mediaTypeOf(Path file) throws IOException {
		try (InputStream in = TikaInputStream.get(file)) {
			return Tools.TIKA.detect(in, new Metadata());
		}
	}

	/**
	 * Documents, audio, video and common images are accepted; programs, pages and scripts
	 * are not.
	 */
	public boolean isAllowed(String mediaType) {
		return isDocument(mediaType) || OTHER_ALLOWED.contains(mediaType) || mediaType.startsWith("audio/")
				|| mediaType.startsWith("video/");
	}

	/**
	 * The text of a document, up to half a million characters; {@code null} for other
	 * files.
	 */
	public @Nullable String textOf(Path file, String mediaType) {
		if (!isDocument(mediaType)) {
			return null;
		}
		BodyContentHandler handler = new BodyContentHandler(MAX_TEXT);
		try (InputStream in = TikaInputStream.get(file)) {
			Tools.PARSER.parse(in, handler, new Metadata(), new ParseContext());
		}
		catch (IOException | SAXException | TikaException ex) {
			if (!WriteLimitReachedException.isWriteLimitReached(ex)) {
				return null;
			}
			// past the limit: the first MAX_TEXT characters are kept
		}
		String text = handler.toString().replaceAll("\\s+", " ").strip();
		return text.isEmpty() ? null : text;
	}

	private static boolean isDocument(String mediaType) {
		return DOCUMENT_TYPES.contains(mediaType)
				|| mediaType.startsWith("application/vnd.openxmlformats-officedocument.")
				|| mediaType.startsWith("application/vnd.oasis.opendocument.");
	}

	/**
	 * Made on the first file rather than at start: Tika reads its configuration and loads
	 * every parser it ships when they are created. Both are safe to share between
	 * threads.
	 */
	private static final class Tools {

		static final Tika TIKA = new Tika();

		static final AutoDetectParser PARSER = new AutoDetectParser();

	}

}
