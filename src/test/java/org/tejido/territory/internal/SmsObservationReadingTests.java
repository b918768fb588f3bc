package org.tejido.territory.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsObservationReadingTests {

	@Test
	void textsWithoutAnObservationKeywordAreNotObservations() {
		assertThat(SmsObservationReading.read("ALERT strangers at the river")).isEmpty();
		assertThat(SmsObservationReading.read("OK 4821")).isEmpty();
		assertThat(SmsObservationReading.read("observed trucks")).isEmpty();
	}

	@Test
	void readsTheKeywordInEachLanguageWithItsCategoryWord() {
		assertThat(SmsObservationReading.read("OBS fire smoke behind the school").orElseThrow())
			.isEqualTo(new SmsObservationReading.Read(ObservationCategory.FIRE, null, null, "smoke behind the school"));
		assertThat(SmsObservationReading.read("Observación agua río turbio").orElseThrow().category())
			.isEqualTo(ObservationCategory.WATER);
		assertThat(SmsObservationReading.read("OBSERVATION feu près du puits").orElseThrow().category())
			.isEqualTo(ObservationCategory.FIRE);
		assertThat(SmsObservationReading.read("observação desmatamento na divisa").orElseThrow().category())
			.isEqualTo(ObservationCategory.EXTRACTION);
		assertThat(SmsObservationReading.read("PENGAMATAN batas patok hilang").orElseThrow().category())
			.isEqualTo(ObservationCategory.BOUNDARY);
	}

	@Test
	void aTextWithoutACategoryWordIsOtherAndKeepsAllItsWords() {
		SmsObservationReading.Read read = SmsObservationReading.read("OBS 3 trucks at Rio Claro crossing")
			.orElseThrow();
		assertThat(read.category()).isEqualTo(ObservationCategory.OTHER);
		assertThat(read.text()).isEqualTo("3 trucks at Rio Claro crossing");
		assertThat(read.hasPosition()).isFalse();
	}

	@Test
	void takesCoordinatesOutOfTheWords() {
		SmsObservationReading.Read read = SmsObservationReading.read("OBS wildlife 2.4512,-76.6123 tapir tracks")
			.orElseThrow();
		assertThat(read.latitude()).isEqualTo(2.4512);
		assertThat(read.longitude()).isEqualTo(-76.6123);
		assertThat(read.text()).isEqualTo("tapir tracks");
	}

	@Test
	void numbersOutOfRangeAreWordsNotCoordinates() {
		SmsObservationReading.Read read = SmsObservationReading.read("OBS 95.5 120.3 strange").orElseThrow();
		assertThat(read.hasPosition()).isFalse();
		assertThat(read.text()).isEqualTo("95.5 120.3 strange");
	}

}
