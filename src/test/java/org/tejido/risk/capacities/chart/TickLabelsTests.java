package org.tejido.risk.capacities.chart;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TickLabelsTests {

	@Test
	void labelsEveryPositionWhenThereIsRoom() {
		assertThat(TickLabels.shown(List.of(0.0, 100.0, 200.0), 70)).containsExactly(0, 1, 2);
	}

	@Test
	void alwaysLabelsTheLatestAndDropsWhatCrowdsIt() {
		assertThat(TickLabels.shown(List.of(0.0, 100.0, 180.0, 200.0), 70)).containsExactly(0, 1, 3);
		assertThat(TickLabels.shown(List.of(0.0, 10.0), 70)).containsExactly(1);
	}

	@Test
	void skipsPositionsTooCloseToTheLabelBefore() {
		assertThat(TickLabels.shown(List.of(0.0, 30.0, 60.0, 90.0, 120.0, 300.0), 70)).containsExactly(0, 3, 5);
	}

	@Test
	void labelsNothingWithoutPositions() {
		assertThat(TickLabels.shown(List.of(), 70)).isEmpty();
	}

}
