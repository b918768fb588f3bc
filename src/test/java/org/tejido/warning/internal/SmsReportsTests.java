package org.tejido.warning.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsReportsTests {

	@Test
	void readsAnAcknowledgementInAnyLanguage() {
		assertThat(SmsReports.read("OK 4821")).isEqualTo(new SmsReports.Acknowledgement("4821"));
		assertThat(SmsReports.read("ok 4821 vamos")).isEqualTo(new SmsReports.Acknowledgement("4821"));
		assertThat(SmsReports.read("Recibido: 4821")).isEqualTo(new SmsReports.Acknowledgement("4821"));
		assertThat(SmsReports.read("reçu 4821")).isEqualTo(new SmsReports.Acknowledgement("4821"));
		assertThat(SmsReports.read("terima 4821")).isEqualTo(new SmsReports.Acknowledgement("4821"));
	}

	@Test
	void readsTheKeywordFormWithItsCategory() {
		assertThat(SmsReports.read("ALERT strangers river crossing 3 trucks"))
			.isEqualTo(new SmsReports.Reported(Category.STRANGERS, Severity.HIGH, "river crossing 3 trucks"));
		assertThat(SmsReports.read("alerta extraños en el cruce del río"))
			.isEqualTo(new SmsReports.Reported(Category.STRANGERS, Severity.HIGH, "en el cruce del río"));
		assertThat(SmsReports.read("PERINGATAN tambang di hulu sungai"))
			.isEqualTo(new SmsReports.Reported(Category.EXTRACTION, Severity.HIGH, "di hulu sungai"));
		assertThat(SmsReports.read("ALERTE menace urgent devant l’école"))
			.isEqualTo(new SmsReports.Reported(Category.THREAT, Severity.CRITICAL, "urgent devant l’école"));
	}

	@Test
	void anyOtherTextIsAReportToo() {
		assertThat(SmsReports.read("hombres armados en la vereda"))
			.isEqualTo(new SmsReports.Reported(Category.OTHER, Severity.HIGH, "hombres armados en la vereda"));
		assertThat(SmsReports.read("ALERTA"))
			.isEqualTo(new SmsReports.Reported(Category.OTHER, Severity.HIGH, "ALERTA"));
		assertThat(SmsReports.read("OK")).isEqualTo(new SmsReports.Reported(Category.OTHER, Severity.HIGH, "OK"));
		assertThat(SmsReports.read("नदी के पास अजनबी"))
			.isEqualTo(new SmsReports.Reported(Category.OTHER, Severity.HIGH, "नदी के पास अजनबी"));
	}

	@Test
	void anEmptyTextIsNeitherAReportNorAnAnswer() {
		assertThat(SmsReports.read("   \n")).isEqualTo(new SmsReports.Empty());
	}

}
