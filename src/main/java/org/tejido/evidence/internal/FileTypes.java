package org.tejido.evidence.internal;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, read from its bytes alone, and whether its name tells the same: a PDF
 * named {@code .jpg}, or a program named {@code .pdf}, does not.
 */
final class FileTypes {

	private static final Tika TIKA = new Tika();

	private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

	private static final String UNKNOWN = MediaType.OCTET_STREAM.toString();

	private FileTypes() {
	}

	static String sniff(byte[] bytes) {
		return TIKA.detect(bytes);
	}

	/**
	 * A name without a known extension says nothing and matches anything; otherwise the
	 * bytes must be of the name's type, a more or a less specific kind of it, or (audio
	 * and video, which phones wrap alike) of the same family.
	 */
	static boolean nameMatches(String fileName, String sniffed) {
		String named = TIKA.detect(fileName);
		if (named.equals(UNKNOWN) || named.equals(sniffed)) {
			return true;
		}
		if (sniffed.equals(UNKNOWN)) {
			return !hasSignature(named);
		}
		MediaType byName = MediaType.parse(named);
		MediaType byBytes = MediaType.parse(sniffed);
		return REGISTRY.isSpecializationOf(byName, byBytes) || REGISTRY.isSpecializationOf(byBytes, byName)
				|| (isMedia(byName) && isMedia(byBytes));
	}

	/**
	 * Types whose files always start with bytes that tell them; unknown bytes are not
	 * one.
	 */
	private static boolean hasSignature(String type) {
		return type.startsWith("image/") || type.equals("application/pdf") || type.equals("application/zip");
	}

	private static boolean isMedia(MediaType type) {
		return type.getType().equals("audio") || type.getType().equals("video");
	}

}
