package org.tejido.evidence.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * Removes location and device data from a copy of a file, where that can be done without
 * touching the picture: JPEG only (EXIF, XMP and IPTC segments dropped, image data copied
 * as it is). Other types are left as they are, and the sealing says so.
 */
final class MetadataStripper {

	static final String JPEG = "image/jpeg";

	private MetadataStripper() {
	}

	static boolean canStrip(String mediaType) {
		return mediaType.equals(JPEG);
	}

	/** The stripped copy, or nothing when the JPEG is too broken to rewrite. */
	static Optional<byte[]> strip(byte[] jpeg) {
		try {
			byte[] withoutExif = rewrite((out) -> new ExifRewriter().removeExifMetadata(jpeg, out));
			byte[] withoutXmp = rewrite((out) -> new JpegXmpRewriter().removeXmpXml(withoutExif, out));
			return Optional.of(rewrite((out) -> new JpegIptcRewriter().removeIptc(withoutXmp, out)));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static byte[] rewrite(Rewrite rewrite) throws ImagingException, IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		rewrite.to(out);
		return out.toByteArray();
	}

	private interface Rewrite {

		void to(ByteArrayOutputStream out) throws ImagingException, IOException;

	}

}
