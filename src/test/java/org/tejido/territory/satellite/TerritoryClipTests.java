package org.tejido.territory.satellite;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TerritoryClipTests {

	private final TerritoryClip clip = new TerritoryClip(Samples.territory());

	@Test
	void keepsAlertsInsideTheTerritory() {
		assertThat(this.clip.covers(Samples.deforestation(-3.28, -62.27, "2024-03-04"))).isTrue();
	}

	@Test
	void leavesOutAlertsOutsideIt() {
		assertThat(this.clip.covers(Samples.deforestation(-3.50, -62.20, "2024-03-04"))).isFalse();
		assertThat(this.clip.covers(Samples.deforestation(-3.30, -62.05, "2024-03-04"))).isFalse();
	}

	@Test
	void leavesOutAlertsInAHoleOfThePolygon() {
		assertThat(this.clip.covers(Samples.deforestation(-3.33, -62.20, "2024-03-04"))).isFalse();
	}

	@Test
	void keepsAlertsOnTheBoundaryLine() {
		assertThat(this.clip.covers(Samples.deforestation(-3.40, -62.20, "2024-03-04"))).isTrue();
	}

	@Test
	void keepsWhatEachSampleHasInsideTheSampleTerritory() {
		assertThat(this.clip.keep(SatelliteAlertReaderTests.alertsOf("gfw-integrated-alerts.csv"))).hasSize(5);
		assertThat(this.clip.keep(SatelliteAlertReaderTests.alertsOf("glad-radd-alerts.csv"))).hasSize(6);
		assertThat(this.clip.keep(SatelliteAlertReaderTests.alertsOf("gfw-integrated-alerts.geojson"))).hasSize(3);
		assertThat(this.clip.keep(SatelliteAlertReaderTests.alertsOf("firms-viirs.csv"))).hasSize(4);
		assertThat(this.clip.keep(SatelliteAlertReaderTests.alertsOf("firms-modis.csv"))).hasSize(3);
	}

	@Test
	void keepsTheAlertsInTheirOrder() {
		List<SatelliteAlert> alerts = List.of(Samples.deforestation(-3.30, -62.29, "2024-03-04"),
				Samples.deforestation(-3.50, -62.29, "2024-03-04"), Samples.deforestation(-3.26, -62.11, "2024-03-01"));

		assertThat(this.clip.keep(alerts)).containsExactly(alerts.get(0), alerts.get(2));
	}

	@Test
	void refusesABoundaryThatIsNotAnArea() {
		Point point = new GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(-62.2, -3.3));

		assertThatThrownBy(() -> new TerritoryClip(point)).isInstanceOf(IllegalArgumentException.class);
	}

}
