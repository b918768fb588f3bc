package org.tejido.warning.internal;

import org.junit.jupiter.api.Test;

import org.tejido.messaging.SmsParts;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTextTests {

	private static final String ALERT = "ALERT 4821: strangers, river, 3 Dec 08:00 UTC. [text] Reply OK 4821";

	@Test
	void keepsWhatTheReporterWroteWhenItFits() {
		assertThat(ReportText.fill(ALERT, "river crossing 3 trucks", 1))
			.isEqualTo("ALERT 4821: strangers, river, 3 Dec 08:00 UTC. river crossing 3 trucks Reply OK 4821");
	}

	@Test
	void shortensItAtAWordToKeepWithinThePartsAllowed() {
		String filled = ReportText.fill(ALERT, "river crossing 3 trucks ".repeat(20), 1);
		assertThat(SmsParts.measure(filled).parts()).isOne();
		assertThat(filled).contains("river crossing", "... Reply OK 4821").doesNotContain("tr...");
	}

	@Test
	void dropsThePlaceholderWhenNothingIsWrittenOrNothingFits() {
		assertThat(ReportText.fill(ALERT, "", 1))
			.isEqualTo("ALERT 4821: strangers, river, 3 Dec 08:00 UTC. Reply OK 4821");
		String tight = "x".repeat(150) + " [text] OK";
		assertThat(ReportText.fill(tight, "river crossing", 1)).isEqualTo("x".repeat(150) + " OK");
	}

	@Test
	void leavesATemplateWithoutThePlaceholderAlone() {
		assertThat(ReportText.fill("ALERT [code]", "anything", 1)).isEqualTo("ALERT [code]");
	}

}
