package org.tejido.territory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.site.Lang;
import org.tejido.site.SitePagesContract;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.HtmlValidator;
import org.tejido.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territory in and out of files through the pages: a file imported after a dry run,
 * whole or not at all and never twice; every refusal named; the export read back into
 * another collective; a patrol's GPS file giving its route and observations; and the same
 * walls and weights as every collective page.
 */
public interface TerritoryFilesContract {

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	@Test
	default void territoryFilesImportTheSampleKmlAfterADryRunAndNeverTwice() {
		Founded founded = found("Territorio en archivo");
		HttpResponse<String> dryRun = importFile(founded, "territory.kml", sample("territory.kml"), true);
		assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
		assertThat(dryRun.body()).contains("4 features would be kept", "Territorio", "an area of the territory",
				"Escuela", "Camino al río", "Cultivos", "a place");
		assertThat(rows(founded, "territory_area") + rows(founded, "territory_place")).isZero();

		HttpResponse<String> kept = importFile(founded, "territory.kml", sample("territory.kml"), false);
		assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
		assertThat(kept.body()).contains("4 features kept");
		assertThat(rows(founded, "territory_area")).isEqualTo(1);
		assertThat(rows(founded, "territory_place")).isEqualTo(3);
		assertThat(founded.browser().get(founded.home() + "/territory").body()).contains("Territorio", "Escuela",
				"Camino al río", "Cultivos");

		HttpResponse<String> again = importFile(founded, "territory.kml", sample("territory.kml"), false);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("0 features kept", "unchanged: already there");
		assertThat(rows(founded, "territory_area")).isEqualTo(1);
		assertThat(rows(founded, "territory_place")).isEqualTo(3);
	}

	@Test
	default void territoryFilesRefuseAPolygonThatCrossesItselfNamingItAndWriteNothing() {
		Founded founded = found("Lazo cruzado");
		HttpResponse<String> refused = importFile(founded, "bow-tie.kml", sample("bow-tie.kml"), false);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("1 features have a problem", "Feature 1, “Lazo”", "crosses itself");
		assertThat(rows(founded, "territory_area") + rows(founded, "territory_place")).isZero();
	}

	@Test
	default void territoryFilesRefuseSwappedAndOutOfRangeCoordinatesAndWriteNothing() {
		Founded founded = found("Coordenadas al revés");
		HttpResponse<String> refused = importFile(founded, "places.geojson", sample("places.geojson"), false);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("“Al revés”", "looks like latitude, longitude", "“Fuera de rango”",
				"“Lazo”");
		assertThat(rows(founded, "territory_area") + rows(founded, "territory_place")).isZero();
	}

	@Test
	default void territoryFilesRefuseAnEntityAttackAndAZipBombWhole() throws IOException {
		Founded founded = found("Archivos hostiles");
		HttpResponse<String> xxe = importFile(founded, "xxe.kml", sample("xxe.kml"), false);
		assertThat(xxe.statusCode()).isEqualTo(400);
		assertThat(xxe.body()).contains("role=\"alert\"").doesNotContain("root:");
		HttpResponse<String> bomb = importFile(founded, "bomb.kmz", zipBomb(), false);
		assertThat(bomb.statusCode()).isEqualTo(413);
		assertThat(rows(founded, "territory_area") + rows(founded, "territory_place")).isZero();
	}

	@Test
	default void territoryFilesExportWhatTheReaderSeesAndReadBackIntoAnotherCollective() {
		Founded founded = found("Territorio que viaja");
		assertThat(importFile(founded, "territory.kml", sample("territory.kml"), false).statusCode()).isEqualTo(200);
		Browser coordinator = founded.browser();
		byte[] geojson = null;
		for (String format : List.of("geojson", "kml", "gpx")) {
			HttpResponse<byte[]> export = coordinator.getBytes(founded.home() + "/territory/export." + format);
			assertThat(export.statusCode()).as(format).isEqualTo(200);
			assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
				.contains("territory." + format);
			assertThat(export.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
			assertThat(new String(export.body(), StandardCharsets.UTF_8)).as(format)
				.contains("Escuela", "Camino al río");
			if (format.equals("geojson")) {
				geojson = export.body();
			}
		}
		assertThat(coordinator.get(founded.home() + "/activity").body()).contains("exported the territory");

		Founded other = found("Territorio hermano");
		HttpResponse<String> reimported = importFile(other, "territory.geojson", geojson, false);
		assertThat(reimported.statusCode()).as(reimported.body()).isEqualTo(200);
		assertThat(reimported.body()).contains("4 features kept");
		assertThat(rows(other, "territory_area")).isEqualTo(1);
		assertThat(rows(other, "territory_place")).isEqualTo(3);
		assertThat(other.browser().get(other.home() + "/territory").body()).contains("Territorio", "Escuela",
				"Camino al río", "Cultivos");

		Browser ally = Collectives.member(http(), registry(), coordinator, founded.home(), "ally", "Aliado");
		String allies = new String(ally.getBytes(founded.home() + "/territory/export.geojson").body(),
				StandardCharsets.UTF_8);
		assertThat(allies).contains("Territorio").doesNotContain("Escuela");
	}

	@Test
	default void territoryFilesGiveAPatrolItsRouteAndItsWaypointsAsObservations() {
		Founded founded = found("Ronda con GPS");
		Browser coordinator = founded.browser();
		String patrol = patrol(founded, "Ronda de la mañana");
		coordinator.get(patrol);
		HttpResponse<String> sent = coordinator.submitMultipart(patrol + "/track", List.of(), "patrol.gpx",
				sample("patrol.gpx"));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		String page = coordinator.get(patrol).body();
		assertThat(page).containsPattern("[1-9]\\d*\\.\\d km").contains("extraction", "other");
		assertThat(jdbc().sql("select count(*) from observation where patrol_id = ?")
			.param(UUID.fromString(idOf(patrol)))
			.query(Long.class)
			.single()).isEqualTo(2);

		String polygon = "{\"type\":\"Feature\",\"properties\":{\"name\":\"Zona\"},\"geometry\":{\"type\":\"Polygon\","
				+ "\"coordinates\":[[[-74.1,4.6],[-74.0,4.6],[-74.0,4.7],[-74.1,4.6]]]}}";
		String other = patrol(founded, "Ronda con zona");
		coordinator.get(other);
		HttpResponse<String> refused = coordinator.submitMultipart(other + "/track", List.of(), "zona.geojson",
				polygon.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Feature 1, “Zona”", "A patrol has no areas");
	}

	@Test
	default void territoryFilesBringABatchOfObservationsFromAGpsFile() {
		Founded founded = found("Puntos de campo");
		String points = """
				{"type":"FeatureCollection","features":[
				{"type":"Feature","properties":{"name":"Fuego en la loma","description":"humo negro"},
				 "geometry":{"type":"Point","coordinates":[-76.6123,2.4512]}},
				{"type":"Feature","properties":{"name":"Huellas"},"geometry":{"type":"Point","coordinates":[-76.60,2.46]}}]}
				""";
		HttpResponse<String> dryRun = batch(founded, "puntos.geojson", points.getBytes(StandardCharsets.UTF_8), true);
		assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
		assertThat(dryRun.body()).contains("All 2 rows can be kept", "fire", "Fuego en la loma — humo negro");
		assertThat(observations(founded)).isZero();
		HttpResponse<String> refused = batch(founded, "patrol.gpx", sample("patrol.gpx"), false);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Only points become observations");
		assertThat(observations(founded)).isZero();
		HttpResponse<String> kept = batch(founded, "puntos.geojson", points.getBytes(StandardCharsets.UTF_8), false);
		assertThat(kept.body()).contains("2 observations kept");
		assertThat(observations(founded)).isEqualTo(2);
	}

	@Test
	default void territoryFilesAreForCoordinatorsToImportAndWalledOffFromStrangers() {
		Founded founded = found("Muro de archivos");
		Browser coordinator = founded.browser();
		String patrol = patrol(founded, "Ronda cerrada");
		Browser member = Collectives.member(http(), registry(), coordinator, founded.home(), "member", "Socia");
		assertThat(member.get(founded.home() + "/territory/import").statusCode()).isEqualTo(403);
		member.get(founded.home() + "/territory");
		assertThat(member
			.submitMultipart(founded.home() + "/territory/import", List.of(), "territory.kml", sample("territory.kml"))
			.statusCode()).isEqualTo(403);
		assertThat(member.getBytes(founded.home() + "/territory/export.kml").statusCode()).isEqualTo(200);
		assertThat(rows(founded, "territory_area")).isZero();

		Founded elsewhere = found("Ajenos a los archivos");
		Browser stranger = elsewhere.browser();
		for (String path : List.of(founded.home() + "/territory/import", patrol + "/track")) {
			assertThat(stranger.get(path).statusCode()).as(path).isEqualTo(404);
		}
		for (String format : List.of("geojson", "kml", "gpx")) {
			assertThat(stranger.getBytes(founded.home() + "/territory/export." + format).statusCode()).as(format)
				.isEqualTo(404);
		}
		for (String path : List.of(founded.home() + "/territory/import", patrol + "/track")) {
			stranger.get(elsewhere.home() + "/territory/import");
			assertThat(stranger.submitMultipart(path, List.of(), "patrol.gpx", sample("patrol.gpx")).statusCode())
				.as(path)
				.isEqualTo(404);
		}
		assertThat(rows(founded, "territory_area") + rows(founded, "territory_place")).isZero();
	}

	@Test
	default void territoryFilesPagesFitTheFirstRoundTripAndAreValidInEveryLanguage() {
		Founded founded = found("Páginas de archivos");
		Browser coordinator = founded.browser();
		String patrol = patrol(founded, "Ronda de prueba");
		for (Lang lang : Lang.values()) {
			for (String path : List.of(founded.home() + "/territory/import", patrol + "/track", patrol,
					founded.home() + "/territory", founded.home() + "/territory/observations/import")) {
				String localised = "/" + lang.code() + path.substring(3);
				HttpResponse<byte[]> page = coordinator.getBytes(localised, "Accept-Encoding", "gzip");
				assertThat(page.statusCode()).as(localised).isEqualTo(200);
				assertThat(page.body().length).as(localised)
					.isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
				assertThat(HtmlValidator.errorsIn(Http.gunzip(page.body()))).as(localised).isEmpty();
			}
			String action = "/" + lang.code() + founded.home().substring(3) + "/territory/import";
			coordinator.get(action);
			for (String sample : List.of("territory.kml", "places.geojson")) {
				HttpResponse<String> report = coordinator.submitMultipart(action,
						List.<String[]>of(new String[] { "dry_run", "on" }), sample, sample(sample));
				assertThat(gzipped(report.body())).as(action + " " + sample)
					.isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
				assertThat(HtmlValidator.errorsIn(report.body())).as(action + " " + sample).isEmpty();
			}
		}
	}

	/** A coordinator in their browser, and the home of the collective they founded. */
	record Founded(Browser browser, String home) {
	}

	private Founded found(String collective) {
		try {
			Browser coordinator = Collectives.coordinator(http(), registry());
			return new Founded(coordinator, Collectives.found(coordinator, collective));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpResponse<String> importFile(Founded founded, String fileName, byte[] content, boolean dryRun) {
		founded.browser().get(founded.home() + "/territory/import");
		List<String[]> fields = new ArrayList<>(List.<String[]>of(new String[] { "polygons", "areas" },
				new String[] { "kind", "other" }, new String[] { "sensitivity", "members" }));
		if (dryRun) {
			fields.add(new String[] { "dry_run", "on" });
		}
		return founded.browser().submitMultipart(founded.home() + "/territory/import", fields, fileName, content);
	}

	private static HttpResponse<String> batch(Founded founded, String fileName, byte[] content, boolean dryRun) {
		founded.browser().get(founded.home() + "/territory/observations/import");
		List<String[]> fields = dryRun ? List.<String[]>of(new String[] { "dry_run", "on" }) : List.of();
		return founded.browser()
			.submitMultipart(founded.home() + "/territory/observations/import", fields, fileName, content);
	}

	private static String patrol(Founded founded, String name) {
		founded.browser().get(founded.home() + "/territory/patrols/new");
		HttpResponse<String> created = founded.browser()
			.submit(founded.home() + "/territory/patrols", "name", name, "walked_on", "2026-11-02");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		return Collectives.location(created);
	}

	private long rows(Founded founded, String table) {
		return jdbc().sql("select count(*) from " + table + " where collective_id = ?")
			.param(UUID.fromString(idOf(founded.home())))
			.query(Long.class)
			.single();
	}

	private long observations(Founded founded) {
		return rows(founded, "observation");
	}

	private static String idOf(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static byte[] sample(String name) {
		try (InputStream in = TerritoryFilesContract.class.getResourceAsStream("/territory/geo/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A KMZ of a few kilobytes whose KML inflates to 40 MB of blanks. */
	private static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("doc.kml"));
			zip.write("<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>"
				.getBytes(StandardCharsets.UTF_8));
			byte[] blanks = new byte[1 << 20];
			java.util.Arrays.fill(blanks, (byte) ' ');
			for (int i = 0; i < 40; i++) {
				zip.write(blanks);
			}
			zip.write("</Document></kml>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertThat(bytes.size()).isLessThan(200_000);
		return bytes.toByteArray();
	}

	private static int gzipped(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(html.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.size();
	}

}
