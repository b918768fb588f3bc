package org.tejido.evidence.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.jspecify.annotations.Nullable;

/**
 * What a file says about the device that made it (EXIF, XMP, IPTC, GPS), as read by
 * metadata-extractor: every tag as a line of text, and the dates the sealing checks.
 *
 * @param lines {@code [Directory] Tag: value}, at most {@link #MAX_LINES}
 * @param taken the EXIF DateTimeOriginal, read as UTC unless the file gives its offset
 * @param offsetGiven whether the file gives the offset of {@code taken}
 * @param gpsTime the GPS date and time stamp (always UTC)
 * @param revealing whether it holds a location, a device or other embedded descriptions
 */
record DeviceMetadata(List<String> lines, @Nullable Instant taken, boolean offsetGiven, @Nullable Instant gpsTime,
		boolean revealing) {

	static final int MAX_LINES = 250;

	static final DeviceMetadata NONE = new DeviceMetadata(List.of(), null, false, null, false);

	static DeviceMetadata of(byte[] bytes) {
		try {
			return of(ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length));
		}
		catch (ImageProcessingException | IOException | RuntimeException ex) {
			return NONE;
		}
	}

	private static DeviceMetadata of(Metadata metadata) {
		List<String> lines = new ArrayList<>();
		for (Directory directory : metadata.getDirectories()) {
			for (Tag tag : directory.getTags()) {
				if (lines.size() < MAX_LINES && tag.getDescription() != null) {
					lines.add(line(directory, tag));
				}
			}
		}
		ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
		GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
		Instant taken = (exif != null) ? instant(exif.getDateOriginal()) : null;
		boolean offsetGiven = exif != null && exif.containsTag(ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL);
		boolean revealing = gps != null || metadata.containsDirectoryOfType(ExifIFD0Directory.class)
				|| metadata.containsDirectoryOfType(XmpDirectory.class)
				|| metadata.containsDirectoryOfType(IptcDirectory.class) || exif != null;
		return new DeviceMetadata(List.copyOf(lines), taken, offsetGiven,
				(gps != null) ? instant(gps.getGpsDate()) : null, revealing);
	}

	private static String line(Directory directory, Tag tag) {
		String value = tag.getDescription().replaceAll("\\p{Cntrl}", " ").strip();
		return "[" + directory.getName() + "] " + tag.getTagName() + ": "
				+ ((value.length() > 300) ? value.substring(0, 300) + "…" : value);
	}

	private static @Nullable Instant instant(@Nullable Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
