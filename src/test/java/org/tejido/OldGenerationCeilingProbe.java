package org.tejido;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.time.Duration;
import java.util.Optional;

/**
 * Run in a JVM of its own under the serial collector by
 * {@link OldGenerationCeilingTests}: keeps 16 MB alive in a ring whose entries are
 * replaced one by one, so that what it allocates is promoted to the old generation and
 * dies there, as a server's kept-alive connections and cache entries do. The ceiling asks
 * at most every 100 ms (a server's is 30 s; this run lasts a few seconds). Prints how
 * many full collections ran, how many the ceiling asked for, and the old generation's
 * largest size.
 */
final class OldGenerationCeilingProbe {

	private static final int RING = 2_000;

	private static final int ENTRY = 8 * 1024;

	private static volatile Object sink;

	private OldGenerationCeilingProbe() {
	}

	public static void main(String[] args) throws InterruptedException {
		boolean withCeiling = args.length > 0 && args[0].equals("with");
		Optional<OldGenerationCeiling> ceiling = withCeiling ? OldGenerationCeiling.ofThisJvm(Duration.ofMillis(100))
				: Optional.empty();
		if (withCeiling && ceiling.isEmpty()) {
			System.out.println("no-serial-collector");
			return;
		}
		ceiling.ifPresent(OldGenerationCeiling::start);
		byte[][] ring = new byte[RING][];
		for (int i = 0; i < 30_000; i++) {
			ring[i % RING] = new byte[ENTRY];
			for (int j = 0; j < 8; j++) {
				sink = new byte[8 * 1024];
			}
			if (i % 10 == 0) {
				// at a server's pace rather than a loop's: the JVM tells of a crossed
				// threshold on a thread of its own, a moment later
				Thread.sleep(1);
			}
		}
		ceiling.ifPresent(OldGenerationCeiling::stop);
		long fullCollections = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.filter((collector) -> collector.getName().equals("MarkSweepCompact"))
			.mapToLong(GarbageCollectorMXBean::getCollectionCount)
			.sum();
		long largestOld = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getName().equals(OldGenerationCeiling.SERIAL_OLD_GENERATION))
			.map(MemoryPoolMXBean::getPeakUsage)
			.mapToLong((usage) -> usage.getCommitted())
			.max()
			.orElse(-1);
		System.out.printf("full=%d asked=%d old-mb=%d%n", fullCollections,
				ceiling.map(OldGenerationCeiling::collectionsAsked).orElse(0L), largestOld / (1024 * 1024));
	}

}
