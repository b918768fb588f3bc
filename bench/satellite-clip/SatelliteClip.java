import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.tejido.territory.satellite.AlertClustering;
import org.tejido.territory.satellite.AlertEvent;
import org.tejido.territory.satellite.AlertFile;
import org.tejido.territory.satellite.AlertLimits;
import org.tejido.territory.satellite.SatelliteAlert;
import org.tejido.territory.satellite.SatelliteAlertReader;
import org.tejido.territory.satellite.TerritoryClip;

/**
 * Satellite alerts benchmark: writes N alerts in the NASA FIRMS VIIRS or the GFW integrated
 * CSV format over and around a territory whose boundary has a few thousand vertices (and a
 * hole), then reads the file, clips the alerts to the territory and clusters them into
 * events, timing each step. Repeats the whole read-clip-cluster a few times so the later
 * rounds show the warmed-up figures.
 *
 * Usage: java -cp CLASSPATH SatelliteClip.java [--alerts 100000] [--vertices 4000]
 * [--format firms|gfw] [--rounds 5] [--seed 20261203]
 */
public class SatelliteClip {

	public static void main(String[] args) throws IOException {
		int alerts = 100_000, vertices = 4000, rounds = 5;
		long seed = 20261203;
		String format = "firms";
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--alerts" -> alerts = Integer.parseInt(args[i + 1]);
				case "--vertices" -> vertices = Integer.parseInt(args[i + 1]);
				case "--format" -> format = args[i + 1];
				case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
				case "--seed" -> seed = Long.parseLong(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		Random random = new Random(seed);
		Geometry territory = territory(vertices, random);
		Path file = Files.createTempFile("tejido-satellite-", ".csv");
		try {
			write(file, format, alerts, territory, random);
			System.out.printf(Locale.ROOT, "territory: %d vertices, %.0f km2 (around -3.3, -62.2); file: %s, %d alerts, %.1f MB%n",
					territory.getNumPoints(), territory.getArea() * 111.2 * 111.2 * Math.cos(Math.toRadians(3.3)),
					format, alerts, Files.size(file) / 1e6);
			System.out.printf(Locale.ROOT, "heap: -Xmx%d MB; java %s; %d processors%n",
					Runtime.getRuntime().maxMemory() >> 20, Runtime.version(), Runtime.getRuntime().availableProcessors());
			for (int round = 1; round <= rounds; round++) {
				round(round, file, territory);
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static void round(int round, Path file, Geometry territory) throws IOException {
		long start = System.nanoTime();
		AlertFile read;
		try (InputStream in = Files.newInputStream(file)) {
			read = new SatelliteAlertReader().read(in);
		}
		long afterRead = System.nanoTime();
		TerritoryClip clip = new TerritoryClip(territory);
		List<SatelliteAlert> kept = clip.keep(read.alerts());
		long afterClip = System.nanoTime();
		List<AlertEvent> events = new AlertClustering().cluster(kept);
		long afterCluster = System.nanoTime();
		Runtime runtime = Runtime.getRuntime();
		System.out.printf(Locale.ROOT,
				"round %d: read %d alerts in %d ms (%d problems), clip %d ms -> %d kept, cluster %d ms -> %d events (largest %d); heap used %d MB%n",
				round, read.alerts().size(), ms(start, afterRead), read.problemCount(), ms(afterRead, afterClip),
				kept.size(), ms(afterClip, afterCluster), events.size(), events.isEmpty() ? 0 : events.getFirst().count(),
				(runtime.totalMemory() - runtime.freeMemory()) >> 20);
	}

	private static long ms(long from, long to) {
		return (to - from) / 1_000_000;
	}

	/** A wobbly ring of about 25 by 20 km with the given number of vertices, and a hole. */
	private static Geometry territory(int vertices, Random random) {
		GeometryFactory factory = new GeometryFactory();
		Coordinate[] shell = new Coordinate[vertices + 1];
		for (int i = 0; i < vertices; i++) {
			double angle = 2 * Math.PI * i / vertices;
			double radius = 0.1 * (1 + 0.15 * Math.sin(7 * angle) + 0.05 * Math.sin(31 * angle) + 0.01 * random.nextDouble());
			shell[i] = new Coordinate(-62.2 + 1.2 * radius * Math.cos(angle), -3.3 + radius * Math.sin(angle));
		}
		shell[vertices] = shell[0];
		Coordinate[] hole = new Coordinate[65];
		for (int i = 0; i < 64; i++) {
			double angle = -2 * Math.PI * i / 64;
			hole[i] = new Coordinate(-62.18 + 0.02 * Math.cos(angle), -3.31 + 0.02 * Math.sin(angle));
		}
		hole[64] = hole[0];
		LinearRing[] holes = { factory.createLinearRing(hole) };
		return factory.createPolygon(factory.createLinearRing(shell), holes);
	}

	/**
	 * Alerts over a box twice the territory's size: a third in patches (clearings, fire fronts)
	 * of a few hundred metres on close days, the rest scattered over a year.
	 */
	private static void write(Path file, String format, int alerts, Geometry territory, Random random) throws IOException {
		var box = territory.getEnvelopeInternal();
		double west = box.getMinX() - box.getWidth() / 2, south = box.getMinY() - box.getHeight() / 2;
		LocalDate start = LocalDate.of(2025, 1, 1);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(format.equals("gfw")
					? "latitude,longitude,gfw_integrated_alerts__date,gfw_integrated_alerts__confidence\n"
					: "latitude,longitude,bright_ti4,scan,track,acq_date,acq_time,satellite,instrument,confidence,version,bright_ti5,frp,daynight\n");
			double lat = 0, lon = 0;
			LocalDate day = start;
			for (int i = 0; i < alerts; i++) {
				if (i % 3 != 0 || i % 60 == 0) {
					lat = south + random.nextDouble() * box.getHeight() * 2;
					lon = west + random.nextDouble() * box.getWidth() * 2;
					day = start.plusDays(random.nextInt(365));
				}
				else {
					lat += (random.nextDouble() - 0.5) * 0.006;
					lon += (random.nextDouble() - 0.5) * 0.006;
					day = day.plusDays(random.nextInt(3));
				}
				if (format.equals("gfw")) {
					out.write(String.format(Locale.ROOT, "%.5f,%.5f,%s,%s%n", lat, lon, day,
							new String[] { "nominal", "high", "highest" }[random.nextInt(3)]));
				}
				else {
					out.write(String.format(Locale.ROOT, "%.5f,%.5f,%.2f,0.39,0.36,%s,%04d,N20,VIIRS,%s,2.0NRT,%.2f,%.2f,D%n",
							lat, lon, 300 + random.nextDouble() * 67, day, random.nextInt(24) * 100 + random.nextInt(60),
							new String[] { "l", "n", "h" }[random.nextInt(3)], 280 + random.nextDouble() * 30,
							random.nextDouble() * 40));
				}
			}
		}
	}

}
