package org.tejido.risk.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskBandTests {

	@Test
	void bandsFollowLikelihoodTimesImpact() {
		assertThat(RiskBand.of(1)).isEqualTo(RiskBand.LOW);
		assertThat(RiskBand.of(4)).isEqualTo(RiskBand.LOW);
		assertThat(RiskBand.of(5)).isEqualTo(RiskBand.MEDIUM);
		assertThat(RiskBand.of(9)).isEqualTo(RiskBand.MEDIUM);
		assertThat(RiskBand.of(10)).isEqualTo(RiskBand.HIGH);
		assertThat(RiskBand.of(16)).isEqualTo(RiskBand.HIGH);
		assertThat(RiskBand.of(20)).isEqualTo(RiskBand.CRITICAL);
		assertThat(RiskBand.of(25)).isEqualTo(RiskBand.CRITICAL);
	}

	@Test
	void theExplanationReadsTheThreatsOwnCounts() {
		Threat threat = new Threat(UUID.randomUUID(), "Armed men", "facts", "", "", "", null, "", "", 4, 5, List.of(),
				List.of(), Items.read(List.of(), Map.of(Group.COLLECTIVE, "a\nb\nc", Group.WOMEN, "d")),
				Items.read(List.of(), Map.of(Group.COLLECTIVE, "guard\nradio")));
		assertThat(threat.score()).isEqualTo(20);
		assertThat(threat.explanation()).isEqualTo(new Explanation(4, 4, 2, "outweighed"));
		assertThat(Explanation.of(3, 2, 2).verdict()).isEqualTo("balanced");
		assertThat(Explanation.of(3, 0, 5).verdict()).isEqualTo("none");
	}

	@Test
	void estimatesOutsideOneToFiveAreRefused() {
		for (String typed : List.of("0", "6", "", "three")) {
			assertThatThrownBy(() -> ThreatInput.scale(typed, "risk.threat.likelihood-scale"))
				.isInstanceOf(Invalid.class);
		}
		assertThat(ThreatInput.scale(" 5 ", "k")).isEqualTo(5);
	}

}
