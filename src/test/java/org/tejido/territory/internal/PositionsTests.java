package org.tejido.territory.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PositionsTests {

	@Test
	void keepsSixDecimals() {
		assertThat(Positions.checked(" 2.45123456 , -76.6123 ")).isEqualTo("2.451235,-76.612300");
		assertThat(Positions.checked("")).isEmpty();
	}

	@Test
	void saysWhenAPairLooksSwapped() {
		assertThatThrownBy(() -> Positions.checked("110.4251, -7.7956")).hasMessage("territory.obs.position-swapped");
	}

	@Test
	void refusesWhatIsOutOfRangeOrNotANumber() {
		assertThatThrownBy(() -> Positions.checked("95, 200")).hasMessage("territory.obs.position-out-of-range");
		assertThatThrownBy(() -> Positions.checked("NaN, 3")).hasMessage("territory.obs.position-out-of-range");
		assertThatThrownBy(() -> Positions.checked("north")).hasMessage("territory.obs.position-invalid");
	}

	@Test
	void aTypedRouteIsALineOfAtLeastTwoPoints() {
		assertThat(Routes.typed("2.45, -76.61\n2.46, -76.62\n")).isEqualTo("LINESTRING (-76.61 2.45, -76.62 2.46)");
		assertThatThrownBy(() -> Routes.typed("2.45, -76.61")).hasMessage("territory.patrol.route-too-short");
		assertThat(Routes.kilometres(Routes.read("LINESTRING (0 0, 1 0)").orElseThrow())).isBetween(111.1, 111.3);
	}

}
