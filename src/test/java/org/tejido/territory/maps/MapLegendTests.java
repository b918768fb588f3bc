package org.tejido.territory.maps;

import org.junit.jupiter.api.Test;
import org.tejido.collectives.CollectiveRole;
import org.tejido.territory.PlaceSensitivity;

import static org.assertj.core.api.Assertions.assertThat;

class MapLegendTests {

	@Test
	void namesTheKindsShownThenListsTheLabelledFeaturesWithTheirLinks() {
		SvgMap map = TerritoryMap.titled("Map")
			.with(MapFeature.of(MapKind.BOUNDARY, TerritoryMapTests.square(0, 0, 1, 1), PlaceSensitivity.ALLIES),
					TerritoryMapTests.place(0.5, 0.5).labelled("Ford <b>").linkingTo("/en/c/x/territory/places/1"),
					MapFeature.of(MapKind.OBSERVATION, TerritoryMapTests.point(0.2, 0.2), PlaceSensitivity.ALLIES))
			.drawFor(CollectiveRole.ALLY);
		assertThat(MapLegend.html(map, MapKind::messageKey)).isEqualTo("<ul><li>territory.map.kind.boundary</li>"
				+ "<li>territory.map.kind.place</li><li>territory.map.kind.observation</li></ul>"
				+ "<ul><li><a href=\"/en/c/x/territory/places/1\">Ford &lt;b&gt;</a> (territory.map.kind.place)</li></ul>");
	}

	@Test
	void isEmptyForAnEmptyMap() {
		assertThat(MapLegend.html(SvgMap.nothingToDraw(), MapKind::messageKey)).isEmpty();
	}

}
