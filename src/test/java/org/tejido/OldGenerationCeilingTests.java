package org.tejido;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private record Report(long fullCollections, long collectionsAsked, long oldGenerationMb) {
	}

}
