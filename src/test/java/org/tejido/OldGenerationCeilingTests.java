package org.tejido;

import java.io.IOException;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.NotificationBroadcasterSupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OldGenerationCeilingTests {

	private static final long MB = 1024 * 1024;

	private static final Pattern REPORT = Pattern.compile("full=(\\d+) asked=(\\d+) old-mb=(\\d+)");

	@Test
	void theCeilingIsWhatWasLivePlusAnEighthOfIt() {
		assertThat(OldGenerationCeiling.ceiling(64 * MB, 200 * MB)).isEqualTo(72 * MB);
		assertThat(OldGenerationCeiling.ceiling(400 * MB, 1000 * MB)).isEqualTo(450 * MB);
	}

	@Test
	void aSmallOldGenerationGetsAtLeastEightMegabytesOfHeadroom() {
		assertThat(OldGenerationCeiling.ceiling(10 * MB, 200 * MB)).isEqualTo(18 * MB);
	}

	@Test
	void theCeilingNeverPassesTheGenerationsMaximum() {
		assertThat(OldGenerationCeiling.ceiling(180 * MB, 190 * MB)).isEqualTo(190 * MB);
	}

	@Test
	void aCrossingAsksForAFullCollectionAndSetsTheNextCeilingFromWhatItLeft() {
		Spaced ceiling = new Spaced();

		ceiling.crossing();

		assertThat(ceiling.collections).hasValue(1);
		assertThat(ceiling.thresholds).containsExactly(72 * MB);
	}

	@Test
	void aCrossingSoonAfterACollectionWaitsForTheSpacing() {
		Spaced ceiling = new Spaced();
		ceiling.crossing();
		ceiling.clock.addAndGet(Duration.ofSeconds(10).toNanos());

		ceiling.crossing();

		assertThat(ceiling.collections).hasValue(1);
		assertThat(ceiling.waits).containsExactly(Duration.ofSeconds(20));
		ceiling.deferred.getFirst().run();
		assertThat(ceiling.collections).hasValue(2);
	}

	@Test
	void crossingsWhileACollectionWaitsAskForNothingMore() {
		Spaced ceiling = new Spaced();
		ceiling.crossing();
		ceiling.crossing();
		ceiling.crossing();

		assertThat(ceiling.deferred).hasSize(1);
		ceiling.deferred.getFirst().run();
		ceiling.clock.addAndGet(Duration.ofSeconds(31).toNanos());
		ceiling.crossing();

		assertThat(ceiling.collections).hasValue(3);
		assertThat(ceiling.deferred).hasSize(1);
	}

	@Test
	void aCollectionWaitingForItsSpacingIsNotAskedForOnceTheCeilingStops() {
		Spaced ceiling = new Spaced();
		ceiling.crossing();
		ceiling.crossing();

		ceiling.ceiling.stop();
		ceiling.deferred.getFirst().run();

		assertThat(ceiling.collections).hasValue(1);
	}

	@Test
	void underTheSerialCollectorTheOldGenerationStaysNearWhatIsLive() throws Exception {
		Report without = probe("without");
		Report with = probe("with");

		// the serial collector alone grows the old generation towards the maximum heap
		assertThat(without.oldGenerationMb()).isGreaterThan(60);
		// with the ceiling it asks for full collections, and the old generation stays
		// under half of that
		assertThat(with.collectionsAsked()).isGreaterThanOrEqualTo(3);
		assertThat(with.fullCollections()).isGreaterThanOrEqualTo(with.collectionsAsked());
		assertThat(with.oldGenerationMb()).as("%s / %s", with, without)
			.isLessThan(without.oldGenerationMb() / 2)
			.isLessThan(64);
	}

	private static Report probe(String mode) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xms16m", "-Xmx128m", "-Xmn8m", "-Xlog:gc",
				"-cp", System.getProperty("java.class.path"), OldGenerationCeilingProbe.class.getName(), mode)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		Matcher report = REPORT.matcher(output);
		assertThat(report.find()).as("the probe's report in:%n%s", output).isTrue();
		return new Report(Long.parseLong(report.group(1)), Long.parseLong(report.group(2)),
				Long.parseLong(report.group(3)));
	}

	/**
	 * A ceiling on a pool where 64 MB were live after the last collection, with a clock
	 * and a deferral the test moves by hand.
	 */
	private static final class Spaced {

		final AtomicLong clock = new AtomicLong(1_000_000_000_000L);

		final AtomicInteger collections = new AtomicInteger();

		final List<Long> thresholds = new ArrayList<>();

		final List<Duration> waits = new ArrayList<>();

		final List<Runnable> deferred = new ArrayList<>();

		final OldGenerationCeiling ceiling = new OldGenerationCeiling(pool(), new NotificationBroadcasterSupport(),
				this.collections::incrementAndGet, Duration.ofSeconds(30), this.clock::get, (wait, task) -> {
					this.waits.add(wait);
					this.deferred.add(task);
				});

		void crossing() {
			this.ceiling.thresholdCrossed();
		}

		private MemoryPoolMXBean pool() {
			MemoryUsage afterCollection = new MemoryUsage(0, 64 * MB, 80 * MB, 200 * MB);
			return (MemoryPoolMXBean) Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { MemoryPoolMXBean.class }, (proxy, method, args) -> switch (method.getName()) {
						case "getName" -> OldGenerationCeiling.SERIAL_OLD_GENERATION;
						case "getUsage", "getCollectionUsage" -> afterCollection;
						case "setUsageThreshold" -> {
							this.thresholds.add((Long) args[0]);
							yield null;
						}
						default -> throw new UnsupportedOperationException(method.getName());
					});
		}

	}

	private record Report(long fullCollections, long collectionsAsked, long oldGenerationMb) {
	}

}
