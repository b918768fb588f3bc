package org.tejido.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.common.RationalNumber;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.GpsTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Photos as phones send them: a small JPEG with the device's make and model, the time it
 * was taken, a GPS position with its own UTC date and time, and an XMP packet.
 */
public final class Photos {

	public static final String MAKE = "Tejidophone";

	public static final String MODEL = "TP-7 Montaña";

	public static final String XMP_MARKER = "xmp-creator-tool-tejido";

	private Photos() {
	}

	/** A plain JPEG without any metadata. */
	public static byte[] plainJpeg() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(30, 120, 60));
		graphics.fillRect(0, 0, 64, 48);
		graphics.setColor(Color.ORANGE);
		graphics.fillOval(10, 8, 30, 30);
		graphics.dispose();
		return written(image, "jpg");
	}

	public static byte[] plainPng() {
		return written(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png");
	}

	/**
	 * A JPEG taken at {@code taken} ({@code yyyy:MM:dd HH:mm:ss}, as EXIF writes it) at
	 * this place, with a GPS stamp of {@code gpsDate} ({@code yyyy:MM:dd}) at 12:00 UTC.
	 */
	public static byte[] withGps(double latitude, double longitude, String taken, String gpsDate) {
		try {
			TiffOutputSet exif = new TiffOutputSet();
			TiffOutputDirectory root = exif.getOrCreateRootDirectory();
			root.add(TiffTagConstants.TIFF_TAG_MAKE, MAKE);
			root.add(TiffTagConstants.TIFF_TAG_MODEL, MODEL);
			exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, taken);
			exif.setGpsInDegrees(longitude, latitude);
			TiffOutputDirectory gps = exif.getOrCreateGpsDirectory();
			gps.add(GpsTagConstants.GPS_TAG_GPS_DATE_STAMP, gpsDate);
			gps.add(GpsTagConstants.GPS_TAG_GPS_TIME_STAMP, RationalNumber.valueOf(12), RationalNumber.valueOf(0),
					RationalNumber.valueOf(0));
			ByteArrayOutputStream withExif = new ByteArrayOutputStream();
			new ExifRewriter().updateExifMetadataLossless(plainJpeg(), withExif, exif);
			ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
			new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp,
					"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
							+ "<rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreatorTool=\""
							+ XMP_MARKER + "\"/></rdf:RDF></x:xmpmeta>");
			return withXmp.toByteArray();
		}
		catch (ImagingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A photo taken on 1 May 2024 at 10:00 (local time) in the Cauca, GPS stamp agreeing.
	 */
	public static byte[] fromTheField() {
		return withGps(2.4448, -76.6147, "2024:05:01 10:00:00", "2024:05:01");
	}

	private static byte[] written(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
