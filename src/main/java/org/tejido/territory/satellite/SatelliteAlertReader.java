package org.tejido.territory.satellite;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Reads a file of satellite alerts as Global Forest Watch (CSV or GeoJSON) or NASA FIRMS
 * (VIIRS or MODIS CSV) export it, telling the source from the columns. Streams: the file
 * is never held whole in memory, and reading stops at the limits.
 */
public final class SatelliteAlertReader {

	private final AlertLimits limits;

	private final Clock clock;

	public SatelliteAlertReader(AlertLimits limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	public SatelliteAlertReader() {
		this(AlertLimits.DEFAULT, Clock.systemUTC());
	}

	/**
	 * The alerts of a file, and the rows left out.
	 * @throws AlertFileRefused if the file is too large (413), of no known format (415)
	 * or has no usable row (422)
	 * @throws UncheckedIOException if the stream cannot be read
	 */
	public AlertFile read(InputStream file) {
		LimitedInputStream limited = new LimitedInputStream(file, this.limits.maxBytes());
		BufferedInputStream in = new BufferedInputStream(limited, 64 * 1024);
		// A day ahead: FIRMS dates are UTC, and the importing collective may be ahead of
		// UTC.
		LocalDate latest = LocalDate.now(this.clock).plusDays(1);
		try {
			return startsWithBrace(in) ? new GeoJsonAlerts(this.limits, latest).read(in)
					: new CsvAlerts(this.limits, latest).read(in);
		}
		catch (RuntimeException | IOException ex) {
			if (limited.exceeded()) {
				throw new AlertFileRefused(413, "too-large", Long.toString(this.limits.maxBytes() / (1024 * 1024)));
			}
			if (ex instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			throw (RuntimeException) ex;
		}
	}

	/** Whether the first character after a byte-order mark and blanks is "{". */
	private static boolean startsWithBrace(BufferedInputStream in) throws IOException {
		in.mark(4096);
		int b;
		int read = 0;
		do {
			b = in.read();
			read++;
		}
		while (b != -1 && read < 4096 && (Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF));
		in.reset();
		return b == '{';
	}

}
