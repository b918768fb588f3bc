package org.tejido.territory.satellite;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SatelliteAlertReaderTests {

	@Test
	void readsAGfwIntegratedCsvExportAndItsConfidenceWordsAndDigits() {
		AlertFile file = Samples.read("gfw-integrated-alerts.csv");

		assertThat(file.sources()).containsExactly(AlertSource.GFW_INTEGRATED);
		assertThat(file.rows()).isEqualTo(11);
		assertThat(file.alerts()).hasSize(7).allMatch(alert -> alert.source() == AlertSource.GFW_INTEGRATED);
		assertThat(file.alerts()).extracting(SatelliteAlert::confidence)
			.containsExactly(Confidence.HIGH, Confidence.HIGH, Confidence.NOMINAL, Confidence.NOMINAL, Confidence.HIGH,
					Confidence.HIGH, Confidence.HIGH);
		assertThat(file.alerts().getFirst()).isEqualTo(new SatelliteAlert(-3.28, -62.27, LocalDate.of(2024, 3, 4), null,
				AlertSource.GFW_INTEGRATED, Confidence.HIGH, null, null));
	}

	@Test
	void tellsWhichRowsWereLeftOutAndWhy() {
		AlertFile file = Samples.read("gfw-integrated-alerts.csv");

		assertThat(file.problemCount()).isEqualTo(4);
		assertThat(file.problems()).extracting(RowProblem::row, RowProblem::messageKey)
			.containsExactly(tuple(9L, "territory.satellite.problem.latitude"),
					tuple(10L, "territory.satellite.problem.date"), tuple(11L, "territory.satellite.problem.latitude"),
					tuple(12L, "territory.satellite.problem.confidence"));
		assertThat(file.problems().getFirst().args()).containsExactly("9", "abc");
	}

	@Test
	void readsGladAndRaddColumnsOfOneExportAsAlertsOfEachSystem() {
		AlertFile file = Samples.read("glad-radd-alerts.csv");

		assertThat(file.sources()).containsExactly(AlertSource.GLAD_L, AlertSource.RADD);
		assertThat(file.alerts()).extracting(SatelliteAlert::source, SatelliteAlert::confidence)
			.containsExactly(tuple(AlertSource.GLAD_L, Confidence.HIGH), tuple(AlertSource.RADD, Confidence.NOMINAL),
					tuple(AlertSource.GLAD_L, Confidence.NOMINAL), tuple(AlertSource.RADD, Confidence.HIGH),
					tuple(AlertSource.GLAD_L, Confidence.HIGH), tuple(AlertSource.RADD, Confidence.NOMINAL),
					tuple(AlertSource.GLAD_L, Confidence.HIGH));
		assertThat(file.problems()).extracting(RowProblem::row, RowProblem::messageKey)
			.containsExactly(tuple(8L, "territory.satellite.problem.date"),
					tuple(9L, "territory.satellite.problem.date"));
	}

	@Test
	void readsAGfwGeoJsonExportFeatureByFeature() {
		AlertFile file = Samples.read("gfw-integrated-alerts.geojson");

		assertThat(file.sources()).containsExactly(AlertSource.GFW_INTEGRATED);
		assertThat(file.rows()).isEqualTo(6);
		assertThat(file.alerts())
			.extracting(SatelliteAlert::latitude, SatelliteAlert::longitude, SatelliteAlert::confidence)
			.containsExactly(tuple(-3.27, -62.26, Confidence.HIGH), tuple(-3.271, -62.262, Confidence.NOMINAL),
					tuple(-3.39, -62.13, Confidence.HIGH), tuple(-3.3, -62.0, Confidence.HIGH));
		assertThat(file.problems()).extracting(RowProblem::row, RowProblem::messageKey)
			.containsExactly(tuple(5L, "territory.satellite.problem.latitude"),
					tuple(6L, "territory.satellite.problem.date"));
	}

	@Test
	void readsAFirmsViirsExportWithTimesFrpAndBrightness() {
		AlertFile file = Samples.read("firms-viirs.csv");

		assertThat(file.sources()).containsExactly(AlertSource.FIRMS_VIIRS);
		assertThat(file.alerts()).hasSize(6);
		assertThat(file.alerts()).extracting(SatelliteAlert::confidence)
			.containsExactly(Confidence.NOMINAL, Confidence.HIGH, Confidence.LOW, Confidence.NOMINAL, Confidence.HIGH,
					Confidence.NOMINAL);
		assertThat(file.alerts().getFirst()).isEqualTo(new SatelliteAlert(-3.27512, -62.26894, LocalDate.of(2024, 9, 2),
				LocalTime.of(5, 48), AlertSource.FIRMS_VIIRS, Confidence.NOMINAL, 5.32, 333.45));
		assertThat(file.alerts().getLast().time()).isEqualTo(LocalTime.of(0, 56));
		assertThat(file.problems()).extracting(RowProblem::row, RowProblem::messageKey)
			.containsExactly(tuple(8L, "territory.satellite.problem.time"),
					tuple(9L, "territory.satellite.problem.frp"));
	}

	@Test
	void readsAFirmsModisExportAndItsPercentConfidence() {
		AlertFile file = Samples.read("firms-modis.csv");

		assertThat(file.sources()).containsExactly(AlertSource.FIRMS_MODIS);
		assertThat(file.alerts()).extracting(SatelliteAlert::confidence, SatelliteAlert::brightness)
			.containsExactly(tuple(Confidence.NOMINAL, 318.2), tuple(Confidence.HIGH, 322.9),
					tuple(Confidence.LOW, 305.1), tuple(Confidence.HIGH, 330.0));
		assertThat(file.problems()).extracting(RowProblem::row, RowProblem::messageKey)
			.containsExactly(tuple(6L, "territory.satellite.problem.confidence"));
	}

	@Test
	void refusesDatesBeforeTheSatellitesOrAfterTomorrow() {
		AlertFile file = read("""
				latitude,longitude,gfw_integrated_alerts__date
				-3.3,-62.2,1999-12-31
				-3.3,-62.2,2024-12-03
				-3.3,-62.2,2024-12-02
				""");

		assertThat(file.alerts()).extracting(SatelliteAlert::date).containsExactly(LocalDate.of(2024, 12, 2));
		assertThat(file.problems()).extracting(RowProblem::row).containsExactly(2L, 3L);
	}

	@Test
	void refusesAFileOfAnUnknownFormat() {
		assertRefused("name,place\nAna,river\n", 415, "territory.satellite.refused.unknown-format");
		assertRefused("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", "
				+ "\"geometry\": {\"type\": \"Point\", \"coordinates\": [1, 2]}, \"properties\": {\"name\": \"x\"}}]}",
				415, "territory.satellite.refused.unknown-format");
		assertRefused("{\"hello\": 1}", 415, "territory.satellite.refused.unknown-format");
		assertRefused("", 415, "territory.satellite.refused.unknown-format");
	}

	@Test
	void refusesAFileWithoutASingleUsableRow() {
		assertRefused("latitude,longitude,acq_date,bright_ti4\nx,y,z,1\n", 422,
				"territory.satellite.refused.no-usable-row");
		assertRefused("latitude,longitude,acq_date,bright_ti4\n", 422, "territory.satellite.refused.no-usable-row");
	}

	@Test
	void refusesAFileLargerThanTheLimitWhileStreamingIt() {
		AlertLimits small = new AlertLimits(200, 1000, 10, LocalDate.of(2000, 1, 1));

		assertThatThrownBy(() -> Samples.read("firms-viirs.csv", small)).isInstanceOfSatisfying(AlertFileRefused.class,
				refused -> assertThat(refused.status()).isEqualTo(413));
	}

	@Test
	void refusesAFileWithMoreRowsThanTheLimit() {
		AlertLimits fewRows = new AlertLimits(1_000_000, 5, 10, LocalDate.of(2000, 1, 1));

		assertThatThrownBy(() -> Samples.read("gfw-integrated-alerts.geojson", fewRows))
			.isInstanceOfSatisfying(AlertFileRefused.class, refused -> {
				assertThat(refused.status()).isEqualTo(413);
				assertThat(refused.messageKey()).isEqualTo("territory.satellite.refused.too-many-rows");
			});
	}

	@Test
	void listsOnlySoManyProblemsButCountsThemAll() {
		AlertLimits twoListed = new AlertLimits(1_000_000, 1000, 2, LocalDate.of(2000, 1, 1));

		AlertFile file = Samples.read("gfw-integrated-alerts.csv", twoListed);

		assertThat(file.problems()).hasSize(2);
		assertThat(file.problemCount()).isEqualTo(4);
	}

	@Test
	void readsAByteOrderMarkAndUpperCaseHeaders() {
		AlertFile file = read("\uFEFFLatitude,Longitude,UMD_GLAD_SENTINEL2_ALERTS__DATE\n-3.3,-62.2,2024-05-01\n");

		assertThat(file.alerts()).extracting(SatelliteAlert::source).containsExactly(AlertSource.GLAD_S2);
	}

	private static AlertFile read(String text) {
		return new SatelliteAlertReader(AlertLimits.DEFAULT, Samples.DECEMBER_2024)
			.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static void assertRefused(String text, int status, String key) {
		assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(AlertFileRefused.class, refused -> {
			assertThat(refused.status()).isEqualTo(status);
			assertThat(refused.messageKey()).isEqualTo(key);
		});
	}

	static List<SatelliteAlert> alertsOf(String sample) {
		return Samples.read(sample).alerts();
	}

}
