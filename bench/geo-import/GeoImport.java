import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tejido.territory.geo.GeoFiles;
import org.tejido.territory.geo.GeoLimits;
import org.tejido.territory.geo.GeoReading;

/**
 * Import benchmark of org.tejido.territory.geo: writes a 10,000-feature GeoJSON (points,
 * 10-vertex lines and 33-vertex polygons, a third each) and a 5,000-point GPX patrol track
 * with times, then reads each several times in this JVM (run it under -Xmx256m) and prints,
 * per file, its size, the features read, the time of each read and the peak heap: the sum of
 * the peaks of the heap pools, reset before each read (after a GC), minus the heap in use
 * just before it; and what the reading itself keeps (heap after a GC, reading still held).
 *
 * Usage: java -Xmx256m -cp CLASSPATH GeoImport.java [--dir DIR] [--runs N]
 */
public class GeoImport {

	public static void main(String[] args) throws IOException {
		Path dir = Files.createTempDirectory("tejido-geo-import");
		int runs = 5;
		for (int i = 0; i < args.length - 1; i += 2) {
			switch (args[i]) {
				case "--dir" -> dir = Path.of(args[i + 1]);
				case "--runs" -> runs = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		Files.createDirectories(dir);
		Path geojson = dir.resolve("places-10000.geojson");
		Path gpx = dir.resolve("patrol-5000.gpx");
		write(geojson, GeoImport::geojson);
		write(gpx, GeoImport::gpx);
		System.out.printf(Locale.ROOT, "java %s, -Xmx %d MB, %d processors%n", Runtime.version(),
				Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
		measure(geojson, runs);
		measure(gpx, runs);
	}

	private static void measure(Path file, int runs) throws IOException {
		List<Double> millis = new ArrayList<>();
		long peak = 0;
		long retained = 0;
		int features = 0;
		for (int run = 0; run < runs; run++) {
			System.gc();
			long before = heapUsed();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			long start = System.nanoTime();
			GeoReading reading;
			try (InputStream in = Files.newInputStream(file)) {
				reading = GeoFiles.read(file.getFileName().toString(), in, GeoLimits.defaults());
			}
			millis.add((System.nanoTime() - start) / 1e6);
			peak = Math.max(peak, heapPeak() - before);
			features = reading.features().size();
			System.gc();
			retained = heapUsed() - before;
			if (reading.features().isEmpty()) {
				throw new IllegalStateException("nothing read");
			}
			if (!reading.problems().isEmpty()) {
				throw new IllegalStateException("problems: " + reading.problems().subList(0, 1));
			}
		}
		List<Double> sorted = millis.stream().sorted().toList();
		System.out.printf(Locale.ROOT, "%-22s %6.2f MB  %,6d features  first %6.0f ms  median %6.0f ms  best %6.0f ms  peak heap +%,d MB  kept %,.1f MB%n",
				file.getFileName(), Files.size(file) / 1e6, features, millis.get(0), sorted.get(sorted.size() / 2),
				sorted.get(0), peak >> 20, retained / 1e6);
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long heapPeak() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
	}

	interface Writer {

		void write(PrintStream out);

	}

	private static void write(Path file, Writer writer) throws IOException {
		try (OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(file));
				PrintStream out = new PrintStream(bytes, false, "UTF-8")) {
			writer.write(out);
		}
	}

	private static void geojson(PrintStream out) {
		out.print("{\"type\":\"FeatureCollection\",\"features\":[\n");
		for (int i = 0; i < 10_000; i++) {
			double lon = -74.5 + (i % 100) * 0.01;
			double lat = 4.0 + (i / 100) * 0.01;
			out.print(i == 0 ? "" : ",\n");
			out.printf(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"name\":\"Lugar %d\",\"kind\":\"k%d\"},\"geometry\":", i, i % 7);
			switch (i % 3) {
				case 0 -> out.printf(Locale.ROOT, "{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}", lon, lat);
				case 1 -> {
					out.print("{\"type\":\"LineString\",\"coordinates\":[");
					for (int v = 0; v < 10; v++) {
						out.printf(Locale.ROOT, "%s[%.6f,%.6f]", v == 0 ? "" : ",", lon + v * 0.0009, lat + (v % 2) * 0.0009);
					}
					out.print("]}");
				}
				default -> {
					out.print("{\"type\":\"Polygon\",\"coordinates\":[[");
					for (int v = 0; v <= 32; v++) {
						double angle = 2 * Math.PI * (v % 32) / 32;
						out.printf(Locale.ROOT, "%s[%.6f,%.6f]", v == 0 ? "" : ",", lon + 0.004 * Math.cos(angle),
								lat + 0.004 * Math.sin(angle));
					}
					out.print("]]}");
				}
			}
			out.print("}");
		}
		out.print("\n]}\n");
	}

	private static void gpx(PrintStream out) {
		out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"bench\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n");
		Instant start = Instant.parse("2026-11-02T06:00:00Z");
		for (int w = 0; w < 20; w++) {
			out.printf(Locale.ROOT, "<wpt lat=\"%.6f\" lon=\"%.6f\"><name>Punto %d</name></wpt>%n", 4.6 + w * 0.001, -74.1 + w * 0.001, w);
		}
		out.print("<trk><name>Ronda</name><trkseg>\n");
		for (int i = 0; i < 5_000; i++) {
			out.printf(Locale.ROOT, "<trkpt lat=\"%.6f\" lon=\"%.6f\"><ele>%.1f</ele><time>%s</time></trkpt>%n",
					4.6 + Math.sin(i / 500.0) * 0.05, -74.1 + i * 0.00002, 2600 + Math.cos(i / 50.0) * 20,
					start.plusSeconds(i * 5L));
		}
		out.print("</trkseg></trk>\n</gpx>\n");
	}

}
