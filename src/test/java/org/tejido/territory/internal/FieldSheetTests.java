package org.tejido.territory.internal;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldSheetTests {

	@Test
	void readsAKoboExportWithAGeopointInAGroup() throws Exception {
		String csv = """
				start,end,group_patrol/category,group_patrol/gps,_gps_latitude,_gps_longitude,group_patrol/description,_id
				2026-11-30T14:05:10.000-05:00,2026-11-30T14:09:00.000-05:00,fuego,2.4512 -76.6123 1800 5,2.4512,-76.6123,humo detrás de la escuela,1
				""";
		List<FieldSheet.Row> rows = FieldSheet.read(new StringReader(csv));
		assertThat(rows).hasSize(1);
		ObservationInput input = rows.get(0).input();
		assertThat(input.category()).isEqualTo("fire");
		assertThat(input.position()).isEqualTo("2.4512, -76.6123");
		assertThat(input.when()).isEqualTo("2026-11-30T19:05");
		assertThat(input.text()).isEqualTo("humo detrás de la escuela");
	}

	@Test
	void readsAnOdkCentralExportWithSplitGeopointColumnsAndAPlace() throws Exception {
		String csv = """
				SubmissionDate,category,location-Latitude,location-Longitude,location-Altitude,notes,place
				2026-11-29T10:00:00.000Z,water,-3.1,-60.02,20,oil on the water,Rio Claro
				""";
		FieldSheet.Row row = FieldSheet.read(new StringReader(csv)).get(0);
		assertThat(row.input().position()).isEqualTo("-3.1, -60.02");
		assertThat(row.input().when()).isEqualTo("2026-11-29T10:00");
		assertThat(row.input().category()).isEqualTo("water");
		assertThat(row.placeName()).isEqualTo("Rio Claro");
	}

	@Test
	void anUnknownCategoryIsKeptAsTypedSoThatItsRowIsRefused() throws Exception {
		FieldSheet.Row row = FieldSheet.read(new StringReader("category,notes\nbanana,x\n")).get(0);
		assertThat(row.input().category()).isEqualTo("banana");
		assertThatThrownBy(() -> row.input().checked((id) -> false, (id) -> false)).isInstanceOf(Invalid.class)
			.hasMessage("territory.obs.category-unknown");
	}

	@Test
	void refusesMoreRowsThanTheLimit() {
		String csv = "category,notes\n" + "fire,x\n".repeat(FieldSheet.MAX_ROWS + 1);
		assertThatThrownBy(() -> FieldSheet.read(new StringReader(csv))).isInstanceOf(Invalid.class)
			.hasMessage("territory.import.too-many-rows");
	}

}
