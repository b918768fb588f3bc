package org.tejido.territory.geo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A KMZ: the zip's {@code doc.kml}, or else its first {@code .kml}. The zip is inflated
 * under the limits as it goes (entries, inflated bytes, inflated per compressed byte):
 * the sizes a zip declares are never trusted. {@code doc.kml} is read as it is inflated;
 * another KML is held (up to the file size limit) in case a {@code doc.kml} follows.
 */
final class KmzReader {

	/** The compression ratio is judged only once this much has been inflated. */
	private static final long RATIO_FROM = 1L << 20;

	private final GeoLimits limits;

	private final CountedInput compressed;

	private final InputStream zipped;

	private long inflated;

	/**
	 * Reads {@code zipped}, which reads {@code compressed}: the count of bytes come in.
	 */
	KmzReader(GeoLimits limits, CountedInput compressed, InputStream zipped) {
		this.limits = limits;
		this.compressed = compressed;
		this.zipped = zipped;
	}

	void read(Consumer<InputStream> kml) {
		byte[] first = null;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(this.zipped)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > this.limits.maxZipEntries()) {
					throw new GeoFileRefused(413, "territory.geo.kmz-too-many-entries", this.limits.maxZipEntries());
				}
				String name = entry.getName().toLowerCase(Locale.ROOT);
				if ("doc.kml".equals(name)) {
					kml.accept(new Inflated(zip));
					return;
				}
				boolean keep = first == null && !entry.isDirectory() && name.endsWith(".kml");
				byte[] content = drain(new Inflated(zip), keep);
				if (keep) {
					first = content;
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw Unreadable.at(GeoFormat.KMZ, 0);
		}
		if (first == null) {
			throw new GeoFileRefused(422, "territory.geo.kmz-no-kml");
		}
		kml.accept(new ByteArrayInputStream(first));
	}

	private byte[] drain(InputStream entry, boolean keep) throws IOException {
		ByteArrayOutputStream kept = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		for (int n = entry.read(buffer); n >= 0; n = entry.read(buffer)) {
			if (keep) {
				if (kept.size() + n > this.limits.maxBytes()) {
					throw new GeoFileRefused(413, "territory.geo.too-large", Megabytes.of(this.limits.maxBytes()));
				}
				kept.write(buffer, 0, n);
			}
		}
		return kept.toByteArray();
	}

	private void inflated(long n) {
		this.inflated += n;
		if (this.inflated > this.limits.maxInflatedBytes()) {
			throw new GeoFileRefused(413, "territory.geo.kmz-too-large", Megabytes.of(this.limits.maxInflatedBytes()));
		}
		if (this.inflated > RATIO_FROM
				&& this.inflated / Math.max(1, this.compressed.count()) > this.limits.maxCompressionRatio()) {
			throw new GeoFileRefused(413, "territory.geo.kmz-ratio", this.limits.maxCompressionRatio());
		}
	}

	/**
	 * One entry's bytes as they are inflated, counted against the limits; never closes
	 * the zip.
	 */
	private final class Inflated extends FilterInputStream {

		Inflated(InputStream entry) {
			super(entry);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				inflated(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				inflated(n);
			}
			return n;
		}

		@Override
		public void close() {
			// The zip is closed by its reader.
		}

	}

}
