package org.tejido.territory;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.site.Lang;
import org.tejido.site.SitePagesContract;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.DatabaseDump;
import org.tejido.support.HtmlValidator;
import org.tejido.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A collective's territory through the pages: areas and places drawn by typing
 * coordinates, each mistake refused with what and where, places shown only to the roles
 * their sensitivity allows, nothing readable at rest, and the same promises as every
 * collective page.
 */
public interface TerritoryContract {

	List<String> KINDS = List.of("river-crossing", "sacred-site", "community-house", "boundary-marker", "road", "camp",
			"other");

	String SQUARE = "4.60, -74.10\n4.60, -74.00\n4.70, -74.00\n4.70, -74.10";

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	@Test
	default void territoryAreasAndPlacesAreDrawnThroughTheForms() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Resguardo Alto");
		assertThat(addArea(coordinator, home, "Resguardo", SQUARE).statusCode()).isEqualTo(302);
		Browser member = Collectives.member(http(), registry(), coordinator, home, "member", "Lucía");
		String crossing = addPlace(member, home, "Paso de la Quebrada", "river-crossing", "members", "4.65, -74.05",
				false);
		addPlace(member, home, "Camino Viejo", "road", "allies", "4.61, -74.09\n4.62, -74.08\n4.63, -74.08", false);
		addPlace(member, home, "Sitio del Abuelo", "sacred-site", "members", "4.66, -74.06\n4.66, -74.05\n4.67, -74.05",
				true);

		String overview = member.get(home + "/territory").body();
		assertThat(overview).contains("Resguardo", "123.", "ha)", "River crossing", "Paso de la Quebrada", "Road",
				"Camino Viejo", "line", "Sacred site", "Sitio del Abuelo", "area");
		assertThat(member.get(crossing).body()).contains("Paso de la Quebrada", "4.65, -74.05");

		member.get(crossing);
		HttpResponse<String> renamed = member.submitAll(crossing);
		assertThat(renamed.statusCode()).isEqualTo(302);
		member.get(crossing);
		assertThat(member
			.submit(crossing, "name", "Paso Grande", "kind", "river-crossing", "sensitivity", "members", "coordinates",
					"4.651, -74.051")
			.statusCode()).isEqualTo(302);
		assertThat(member.get(crossing).body()).contains("Paso Grande", "4.651, -74.051");

		member.get(crossing);
		assertThat(member.submit(crossing + "/delete").statusCode()).isEqualTo(403);
		coordinator.get(crossing);
		assertThat(coordinator.submit(crossing + "/delete").statusCode()).isEqualTo(302);
		assertThat(coordinator.get(crossing).statusCode()).isEqualTo(404);
		assertThat(coordinator.get(home + "/activity").body()).contains("added an area of the territory",
				"added a place", "changed a place", "removed a place");
	}

	@Test
	default void territoryRefusesEachBadInputWithWhatAndWhereAndWritesNothing() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Vereda Torcida");
		HttpResponse<String> bowTie = addArea(coordinator, home, "Lazo",
				"4.60, -74.10\n4.70, -74.00\n4.60, -74.00\n4.70, -74.10");
		assertThat(bowTie.statusCode()).isEqualTo(422);
		assertThat(bowTie.body()).contains("crosses itself near latitude 4.65, longitude -74.05", "Lazo");

		HttpResponse<String> latitude = placeForm(coordinator, home, "Norte", "4.6, -74.1\n95.2, -120.1", false);
		assertThat(latitude.statusCode()).isEqualTo(422);
		assertThat(latitude.body()).contains("Line 2: the latitude 95.2 is outside −90 to 90", "Norte");

		HttpResponse<String> longitude = placeForm(coordinator, home, "Este", "4.6, -184.1", false);
		assertThat(longitude.statusCode()).isEqualTo(422);
		assertThat(longitude.body()).contains("Line 1: the longitude -184.1 is outside −180 to 180");

		HttpResponse<String> swapped = placeForm(coordinator, home, "Oeste", "-120.5, 38.6", false);
		assertThat(swapped.statusCode()).isEqualTo(422);
		assertThat(swapped.body()).contains("Are latitude and longitude swapped?");

		HttpResponse<String> notANumber = placeForm(coordinator, home, "Sur", "NaN, -74.1", false);
		assertThat(notANumber.statusCode()).isEqualTo(422);
		assertThat(notANumber.body()).contains("“NaN” is not a number");

		HttpResponse<String> tooFew = placeForm(coordinator, home, "Huerta", "4.6, -74.1\n4.7, -74.1", true);
		assertThat(tooFew.statusCode()).isEqualTo(422);
		assertThat(tooFew.body()).contains("at least three different points");

		UUID collective = UUID.fromString(home.substring(6));
		for (String table : List.of("territory_area", "territory_place")) {
			assertThat(jdbc().sql("select count(*) from " + table + " where collective_id = ?")
				.param(collective)
				.query(Long.class)
				.single()).as(table).isZero();
		}
	}

	@Test
	default void territoryPlacesAreShownOnlyToTheRolesTheirSensitivityAllows() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Cuenca Clara");
		String open = addPlace(coordinator, home, "Casa Abierta", "community-house", "allies", "4.6, -74.1", false);
		String members = addPlace(coordinator, home, "Campamento Interno", "camp", "members", "4.61, -74.1", false);
		String secret = addPlace(coordinator, home, "Mojón Reservado", "boundary-marker", "coordinators", "4.62, -74.1",
				false);
		Browser member = Collectives.member(http(), registry(), coordinator, home, "member", "Tomás");
		Browser ally = Collectives.member(http(), registry(), coordinator, home, "ally", "Aliada");

		assertThat(ally.get(home + "/territory").body()).contains("Casa Abierta")
			.doesNotContain("Campamento Interno")
			.doesNotContain("Mojón Reservado")
			.doesNotContain("/territory/places/new");
		assertThat(ally.get(open).statusCode()).isEqualTo(200);
		assertThat(ally.get(members).statusCode()).isEqualTo(404);
		assertThat(ally.get(secret).statusCode()).isEqualTo(404);
		assertThat(ally.get(home + "/territory/places/new").statusCode()).isEqualTo(403);

		assertThat(member.get(home + "/territory").body()).contains("Casa Abierta", "Campamento Interno")
			.doesNotContain("Mojón Reservado");
		assertThat(member.get(secret).statusCode()).isEqualTo(404);
		member.get(secret);
		member.get(home + "/territory/places/new");
		assertThat(member.lastPage()).doesNotContain("value=\"coordinators\"");
		assertThat(member
			.submit(secret, "name", "Mío", "kind", "other", "sensitivity", "members", "coordinates", "4.6, -74.1")
			.statusCode()).isEqualTo(404);
		member.get(members);
		assertThat(member
			.submit(members, "name", "Campamento Interno", "kind", "camp", "sensitivity", "coordinators", "coordinates",
					"4.61, -74.1")
			.statusCode()).isEqualTo(403);
		assertThat(coordinator.get(home + "/territory").body()).contains("Casa Abierta", "Campamento Interno",
				"Mojón Reservado");
		assertThat(coordinator.get(secret).statusCode()).isEqualTo(200);
	}

	@Test
	default void territoryStrangersGetNotFoundOnEveryRoute() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Loma Lejana");
		addArea(coordinator, home, "Loma", SQUARE);
		String place = addPlace(coordinator, home, "Casa", "community-house", "allies", "4.6, -74.1", false);
		String area = areaOf(coordinator, home);
		Browser stranger = Collectives.coordinator(http(), registry());
		String elsewhere = Collectives.found(stranger, "Otra Loma");
		for (String path : List.of(home + "/territory", home + "/territory/places/new", place,
				home + "/territory/areas/new")) {
			assertThat(stranger.get(path).statusCode()).as(path).isEqualTo(404);
		}
		for (String path : List.of(home + "/territory/places", place, place + "/delete", home + "/territory/areas",
				area + "/delete")) {
			stranger.get(elsewhere + "/territory/places/new");
			assertThat(stranger
				.submit(path, "name", "Tomado", "kind", "other", "sensitivity", "allies", "coordinates", "4.6, -74.1")
				.statusCode()).as(path).isEqualTo(404);
		}
		String placeId = place.substring(place.lastIndexOf('/') + 1);
		assertThat(stranger.get(elsewhere + "/territory/places/" + placeId).statusCode()).isEqualTo(404);
		stranger.get(elsewhere + "/territory/places/new");
		assertThat(stranger.submit(elsewhere + "/territory/places/" + placeId + "/delete").statusCode()).isEqualTo(404);
		stranger.get(elsewhere + "/territory/places/new");
		assertThat(stranger.submit(area.replace(home, elsewhere) + "/delete").statusCode()).isEqualTo(404);
		assertThat(coordinator.get(home + "/territory").body()).contains("Casa", "Loma").doesNotContain("Tomado");
	}

	@Test
	default void territoryNamesDescriptionsAndGeometriesAreNotReadableInTheDatabase() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Selva Sellada");
		String areaName = Collectives.marker("areaname");
		String placeName = Collectives.marker("placename");
		String description = Collectives.marker("placedescription");
		assertThat(
				addArea(coordinator, home, areaName, "1.234567, -71.111111\n1.234567, -71.0\n1.3, -71.0").statusCode())
			.isEqualTo(302);
		coordinator.get(home + "/territory/places/new");
		assertThat(coordinator
			.submit(home + "/territory/places", "name", placeName, "kind", "sacred-site", "sensitivity", "members",
					"description", description, "coordinates", "2.345678, -72.987654")
			.statusCode()).isEqualTo(302);
		assertThat(coordinator.get(home + "/territory").body()).contains(areaName, placeName);

		String dump = DatabaseDump.of(jdbc());
		assertThat(dump).contains("sacred-site", "MEMBERS");
		for (String secret : List.of(areaName, placeName, description, "1.234567", "71.111111", "2.345678", "72.987654",
				"POLYGON", "POINT")) {
			assertThat(dump).as(secret).doesNotContain(secret);
		}
	}

	@Test
	default void territoryPagesFitTheFirstRoundTripAndAreValidInEveryLanguage() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Territorio Medido");
		for (int i = 0; i < 4; i++) {
			addArea(coordinator, home, "Área número " + i, SQUARE);
		}
		String place = null;
		for (int i = 0; i < 30; i++) {
			place = addPlace(coordinator, home, "Lugar con un nombre largo número " + i, KINDS.get(i % 7),
					List.of("allies", "members", "coordinators").get(i % 3),
					"4.6" + i + ", -74.1\n4.6" + i + ", -74.0\n4.7" + i + ", -74.0", i % 2 == 0);
		}
		List<String> pages = List.of(home + "/territory", home + "/territory/places/new", place,
				home + "/territory/areas/new");
		for (Lang lang : Lang.values()) {
			for (String path : pages) {
				String localised = "/" + lang.code() + path.substring(3);
				HttpResponse<byte[]> page = coordinator.getBytes(localised, "Accept-Encoding", "gzip");
				assertThat(page.statusCode()).as(localised).isEqualTo(200);
				assertThat(page.body().length).as(localised)
					.isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
				assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
				String html = Http.gunzip(page.body());
				assertThat(html).as(localised).doesNotContain("<script").doesNotContain("territory.");
				assertThat(HtmlValidator.errorsIn(html)).as(localised).isEmpty();
			}
		}
		HttpResponse<String> refused = addArea(coordinator, home, "Lazo",
				"4.60, -74.10\n4.70, -74.00\n4.60, -74.00\n4.70, -74.10");
		assertThat(HtmlValidator.errorsIn(refused.body())).isEmpty();
	}

	private static HttpResponse<String> addArea(Browser coordinator, String home, String name, String coordinates) {
		coordinator.get(home + "/territory/areas/new");
		return coordinator.submit(home + "/territory/areas", "name", name, "coordinates", coordinates);
	}

	private static HttpResponse<String> placeForm(Browser person, String home, String name, String coordinates,
			boolean area) {
		person.get(home + "/territory/places/new");
		return person.submit(home + "/territory/places", "name", name, "kind", "other", "sensitivity", "members",
				"coordinates", coordinates, "area", area ? "on" : "");
	}

	private static String addPlace(Browser person, String home, String name, String kind, String sensitivity,
			String coordinates, boolean area) {
		person.get(home + "/territory/places/new");
		HttpResponse<String> added = person.submit(home + "/territory/places", "name", name, "kind", kind,
				"sensitivity", sensitivity, "coordinates", coordinates, "area", area ? "on" : "");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		return Collectives.location(added);
	}

	private static String areaOf(Browser coordinator, String home) {
		java.util.regex.Matcher area = java.util.regex.Pattern
			.compile("action=\"(/en/c/[^\"]+/territory/areas/[0-9a-f-]{36})/delete\"")
			.matcher(coordinator.get(home + "/territory").body());
		assertThat(area.find()).isTrue();
		return area.group(1);
	}

}
