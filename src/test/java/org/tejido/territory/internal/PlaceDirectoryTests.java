package org.tejido.territory.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tejido.territory.PlaceRef;
import org.tejido.territory.PlaceSensitivity;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceDirectoryTests {

	private final PlaceRef river = place("Río Negro");

	private final PlaceRef crossing = place("Paso del Río Negro");

	private final PlaceRef house = place("Casa Comunal");

	private final List<PlaceRef> places = List.of(this.river, this.crossing, this.house);

	@Test
	void findsAPlaceWhateverTheAccentsAndCase() {
		assertThat(PlaceDirectory.mentioned(this.places, "hombres armados en la CASA comunal")).contains(this.house);
		assertThat(PlaceDirectory.mentioned(this.places, "crecida del rio negro!")).contains(this.river);
	}

	@Test
	void prefersTheLongestName() {
		assertThat(PlaceDirectory.mentioned(this.places, "maquinas en el paso del rio negro")).contains(this.crossing);
	}

	@Test
	void matchesWholeWordsOnly() {
		assertThat(PlaceDirectory.mentioned(this.places, "casa comunales")).isEmpty();
	}

	private static PlaceRef place(String name) {
		return new PlaceRef(UUID.randomUUID(), name, "other", PlaceSensitivity.MEMBERS, 4, -74);
	}

}
