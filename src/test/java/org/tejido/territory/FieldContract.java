package org.tejido.territory;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.Http;
import org.tejido.support.Kannel;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Patrols and observations of the territory through the pages and by SMS: recorded,
 * refused when wrong without writing anything, imported from a field app as a whole batch
 * or not at all, turned into an alert that points back, and walled off from strangers and
 * allies.
 */
public interface FieldContract {

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	int port();

	@Test
	default void territoryObservationsAreRecordedByFormAndRefusedWhenWrong() {
		Founded founded = found("Vereda Observa");
		Browser coordinator = founded.browser();
		String home = founded.home();
		String observation = observe(coordinator, home, "fire", "2.4512, -76.6123", "humo detrás de la escuela");
		assertThat(coordinator.get(observation).body()).contains("humo detrás de la escuela", "2.451200, -76.612300",
				"web form");
		assertThat(coordinator.get(home + "/territory/observations").body()).contains(codeOf(coordinator, observation));

		coordinator.get(home + "/territory/observations/new");
		HttpResponse<String> swapped = coordinator.submitMultipart(home + "/territory/observations",
				List.of(new String[] { "category", "water" }, new String[] { "position", "110.4251, -7.7956" }), null,
				null);
		assertThat(swapped.statusCode()).isEqualTo(422);
		assertThat(swapped.body()).contains("look swapped");
		coordinator.get(home + "/territory/observations/new");
		HttpResponse<String> unknown = coordinator.submitMultipart(home + "/territory/observations",
				List.of(new String[] { "category", "banana" }, new String[] { "text", "x" }), null, null);
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(observationsIn(home)).isEqualTo(1);
	}

	@Test
	default void territoryPatrolsHaveATeamARouteAndTheirObservations() {
		Founded founded = found("Guardia del Río");
		Browser coordinator = founded.browser();
		String home = founded.home();
		String walker = Collectives.addContact(coordinator, home, "Caminante Uno", "", "", "member");
		coordinator.get(home + "/territory/patrols/new");
		HttpResponse<String> created = coordinator.submit(home + "/territory/patrols", "name", "Recorrido norte",
				"walked_on", "2026-11-30", "team", walker, "route", "2.45, -76.61\n2.46, -76.61\n2.46, -76.60");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String patrol = Collectives.location(created);
		String page = coordinator.get(patrol).body();
		assertThat(page).contains("Recorrido norte", "Caminante Uno", "2.2 km");

		String id = patrol.substring(patrol.lastIndexOf('/') + 1);
		coordinator.get(home + "/territory/observations/new?patrol=" + id);
		HttpResponse<String> observed = coordinator.submitMultipart(home + "/territory/observations",
				List.of(new String[] { "category", "wildlife" }, new String[] { "text", "huellas de danta" },
						new String[] { "patrol", id }),
				null, null);
		assertThat(observed.statusCode()).as(observed.body()).isEqualTo(302);
		assertThat(coordinator.get(patrol).body()).contains("wildlife");

		Founded other = found("Otro Colectivo");
		String stranger = Collectives.addContact(other.browser(), other.home(), "Ajeno", "", "", "member");
		coordinator.get(home + "/territory/patrols/new");
		HttpResponse<String> foreignTeam = coordinator.submit(home + "/territory/patrols", "name", "Mal equipo",
				"walked_on", "2026-11-30", "team", stranger);
		assertThat(foreignTeam.statusCode()).isEqualTo(422);
		assertThat(foreignTeam.body()).contains("member of the collective");
	}

	@Test
	default void territoryObservationsRaiseAnAlertThatPointsBack() {
		Founded founded = found("Alerta desde el campo");
		Browser coordinator = founded.browser();
		String home = founded.home();
		String observation = observe(coordinator, home, "extraction", "-3.1, -60.02", "máquinas amarillas talando");
		coordinator.get(observation);
		HttpResponse<String> raised = coordinator.submit(home + "/alerts/from-observation/" + idOf(observation),
				"category", "extraction", "severity", "critical");
		assertThat(raised.statusCode()).isEqualTo(302);
		String alert = Collectives.location(raised);
		assertThat(coordinator.get(alert).body()).contains("máquinas amarillas talando", "from an observation",
				"/territory/observations/" + idOf(observation));
		assertThat(coordinator.get(observation).body()).contains(alert.substring(alert.indexOf("/alerts/")));

		coordinator.get(home + "/alerts/new");
		HttpResponse<String> again = coordinator.submit(home + "/alerts/from-observation/" + idOf(observation),
				"category", "extraction", "severity", "critical");
		assertThat(Collectives.location(again)).isEqualTo(alert);
		assertThat(jdbc().sql("select count(*) from alert where observation_id = ?")
			.param(java.util.UUID.fromString(idOf(observation)))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	default void territoryFieldBatchesAreCheckedRowByRowAndKeptWholeOrNotAtAll() {
		Founded founded = found("Equipo de campo");
		Browser coordinator = founded.browser();
		String home = founded.home();
		String good = """
				start,group_patrol/category,group_patrol/gps,group_patrol/description
				2026-11-30T14:05:10.000-05:00,fuego,2.4512 -76.6123 1800 5,humo al norte
				2026-11-30T15:10:00.000-05:00,water,2.4600 -76.6000 1800 5,agua turbia
				""";
		String oneBad = good + "2026-11-30T16:00:00.000-05:00,banana,2.47 -76.59 0 0,raro\n";
		HttpResponse<String> dryRun = importBatch(coordinator, home, good, true);
		assertThat(dryRun.statusCode()).isEqualTo(200);
		assertThat(dryRun.body()).contains("All 2 rows can be kept");
		assertThat(observationsIn(home)).isZero();
		HttpResponse<String> refused = importBatch(coordinator, home, oneBad, false);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("1 rows have a problem", "Choose what the observation is about");
		assertThat(observationsIn(home)).isZero();
		HttpResponse<String> kept = importBatch(coordinator, home, good, false);
		assertThat(kept.body()).contains("2 observations kept");
		assertThat(observationsIn(home)).isEqualTo(2);
		assertThat(coordinator.get(home + "/territory/observations").body()).contains("imported");
	}

	@Test
	default void territoryObservationsBySmsAreRecordedAndAnswered() {
		Assumptions.assumeTrue(Kannel.isInstalled() || System.getenv("TEJIDO_TESTS_NEED_KANNEL") != null,
				"Kannel is not installed (apt-get install kannel kannel-extras)");
		Kannel kannel = Kannel.forTejidoAt(port(), RunningTejido.INBOUND_SECRET);
		Founded founded = found("Observa por SMS");
		Browser coordinator = founded.browser();
		String home = founded.home();
		String number = connect(coordinator, home, kannel);
		String phone = Collectives.phone();
		Collectives.addContact(coordinator, home, "Guardabosque", phone, "", "member");

		kannel.phoneSends(phone, number, "OBS fuego 2.4512,-76.6123 humo en la loma");
		Kannel.Sms recorded = smsTo(kannel, phone, "recorded at");
		assertThat(recorded.text()).contains("2.451200,-76.612300");
		kannel.phoneSends(phone, number, "OBS extraños cerca del cruce");
		Kannel.Sms noPlace = smsTo(kannel, phone, "without a place");
		assertThat(noPlace.text()).contains("coordinates");
		String list = coordinator.get(home + "/territory/observations").body();
		assertThat(list).contains("fire", "strangers", "SMS");
		assertThat(coordinator.get(home + "/alerts").body()).doesNotContain("humo en la loma");
		assertThat(observationsIn(home)).isEqualTo(2);
	}

	@Test
	default void territoryGroundTruthTasksComeFromSatelliteAlertsInsideTheTerritoryOnly() throws Exception {
		Founded founded = found("Bosque Vigilado");
		Browser coordinator = founded.browser();
		String home = founded.home();
		byte[] gfw = FieldContract.class.getResourceAsStream("/territory/satellite/gfw-integrated-alerts.csv")
			.readAllBytes();
		HttpResponse<String> noTerritory = importAlerts(coordinator, home, "alerts.csv", gfw);
		assertThat(noTerritory.statusCode()).isEqualTo(422);
		assertThat(noTerritory.body()).contains("Draw or import the territory first");

		coordinator.get(home + "/territory/areas/new");
		assertThat(coordinator
			.submit(home + "/territory/areas", "name", "Resguardo", "coordinates",
					"-3.40, -62.30\n-3.40, -62.10\n-3.25, -62.10\n-3.25, -62.30\n-3.40, -62.30")
			.statusCode()).isEqualTo(302);
		HttpResponse<String> imported = importAlerts(coordinator, home, "alerts.csv", gfw);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		long tasks = tasksIn(home);
		assertThat(tasks).isPositive();
		assertThat(imported.body()).contains(tasks + " new tasks");
		HttpResponse<String> again = importAlerts(coordinator, home, "alerts.csv", gfw);
		assertThat(again.body()).contains(" 0 new tasks");
		assertThat(tasksIn(home)).isEqualTo(tasks);
		HttpResponse<String> notAlerts = importAlerts(coordinator, home, "notes.csv",
				"name,notes\nrío,nada\n".getBytes(StandardCharsets.UTF_8));
		assertThat(notAlerts.statusCode()).isEqualTo(415);

		Matcher task = Pattern.compile("href=\"(" + Pattern.quote(home) + "/territory/tasks/[0-9a-f-]{36})\"")
			.matcher(coordinator.get(home + "/territory/tasks").body());
		assertThat(task.find()).isTrue();
		coordinator.get(task.group(1));
		HttpResponse<String> checked = coordinator.submitMultipart(task.group(1) + "/result",
				List.of(new String[] { "result", "confirmed" }, new String[] { "text", "claro nuevo de 2 ha" }), null,
				null);
		assertThat(checked.statusCode()).as(checked.body()).isEqualTo(302);
		String observation = Collectives.location(checked);
		assertThat(coordinator.get(observation).body()).contains("claro nuevo de 2 ha",
				task.group(1).substring(task.group(1).indexOf("/territory/")));
		assertThat(coordinator.get(task.group(1)).body()).contains("confirmed", "claro nuevo de 2 ha");
		assertThat(jdbc().sql("select count(*) from ground_truth_task where status = 'CONFIRMED'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	default void territoryIsPartOfTheCollectivesExportWithItsHashesInTheManifest() throws Exception {
		Founded founded = found("Exporta Territorio");
		Browser coordinator = founded.browser();
		String home = founded.home();
		coordinator.get(home + "/territory/areas/new");
		assertThat(coordinator
			.submit(home + "/territory/areas", "name", "Resguardo Exportado", "coordinates",
					"2.40, -76.70\n2.40, -76.50\n2.55, -76.50\n2.55, -76.70")
			.statusCode()).isEqualTo(302);
		observe(coordinator, home, "water", "2.45, -76.61", "mancha de aceite exportada");
		byte[] zip = coordinator.getBytes(home + "/export").body();
		java.util.Map<String, byte[]> entries = new java.util.HashMap<>();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
				new java.io.ByteArrayInputStream(zip))) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		assertThat(new String(entries.get("territory/territory.geojson"), StandardCharsets.UTF_8))
			.contains("Resguardo Exportado", "Polygon");
		assertThat(new String(entries.get("territory/observations.json"), StandardCharsets.UTF_8))
			.contains("mancha de aceite exportada", "2.45");
		String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
		String hash = java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(entries.get("territory/observations.json")));
		assertThat(manifest).contains("territory/observations.json", hash);
	}

	@Test
	default void territoryFieldTextsRoutesAndPositionsAreSealedInTheDatabase() {
		Founded founded = found("Sellos de campo");
		Browser coordinator = founded.browser();
		String home = founded.home();
		String name = Collectives.marker("patrolname");
		String notes = Collectives.marker("patrolnotes");
		String text = Collectives.marker("obstext");
		coordinator.get(home + "/territory/patrols/new");
		assertThat(coordinator
			.submit(home + "/territory/patrols", "name", name, "walked_on", "2026-11-30", "notes", notes, "route",
					"3.141592, -71.828182\n3.151592, -71.838182")
			.statusCode()).isEqualTo(302);
		observe(coordinator, home, "water", "5.432198, -72.123987", text);
		String dump = org.tejido.support.DatabaseDump.of(jdbc());
		assertThat(dump).contains("WATER");
		for (String secret : List.of(name, notes, text, "3.141592", "71.828182", "5.432198", "72.123987",
				"LINESTRING")) {
			assertThat(dump).as(secret).doesNotContain(secret);
		}
	}

	@Test
	default void territoryPlacesNamedInAnSmsAlertBecomeTheAlertsPlace() {
		Assumptions.assumeTrue(Kannel.isInstalled() || System.getenv("TEJIDO_TESTS_NEED_KANNEL") != null,
				"Kannel is not installed (apt-get install kannel kannel-extras)");
		Kannel kannel = Kannel.forTejidoAt(port(), RunningTejido.INBOUND_SECRET);
		Founded founded = found("Alerta con Lugar");
		Browser coordinator = founded.browser();
		String home = founded.home();
		coordinator.get(home + "/territory/places/new");
		assertThat(coordinator
			.submit(home + "/territory/places", "name", "Cruce del Río", "kind", "river-crossing", "sensitivity",
					"members", "coordinates", "2.4512, -76.6123")
			.statusCode()).isEqualTo(302);
		String number = connect(coordinator, home, kannel);
		String phone = Collectives.phone();
		Collectives.addContact(coordinator, home, "Vigía", phone, "", "member");

		kannel.phoneSends(phone, number, "ALERT strangers 3 trucks at the cruce del rio");
		smsTo(kannel, phone, "received");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> coordinator.get(home + "/alerts").body().contains("/alerts/"));
		Matcher alert = Pattern.compile("href=\"(" + Pattern.quote(home) + "/alerts/[0-9a-f-]{36})\"")
			.matcher(coordinator.get(home + "/alerts").body());
		assertThat(alert.find()).isTrue();
		assertThat(coordinator.get(alert.group(1)).body()).contains("<dd>Cruce del Río</dd>", "3 trucks");
	}

	@Test
	default void territoryFieldPagesAreWalledOffFromStrangersAndAllies() {
		Founded founded = found("Muro de campo");
		Browser coordinator = founded.browser();
		String home = founded.home();
		String observation = observe(coordinator, home, "boundary", "2.45, -76.61", "mojón movido");
		coordinator.get(home + "/territory/patrols/new");
		String patrol = Collectives
			.location(coordinator.submit(home + "/territory/patrols", "name", "Linderos", "walked_on", "2026-11-30"));
		List<String> reads = List.of(home + "/territory/observations", home + "/territory/observations/new",
				observation, home + "/territory/observations/import", home + "/territory/patrols",
				home + "/territory/patrols/new", patrol);
		Founded elsewhere = found("Extraños");
		Browser stranger = elsewhere.browser();
		for (String path : reads) {
			assertThat(stranger.get(path).statusCode()).as(path).isEqualTo(404);
		}
		stranger.get(elsewhere.home() + "/alerts/new");
		assertThat(stranger.submit(home + "/territory/patrols", "name", "x", "walked_on", "2026-11-30").statusCode())
			.as("a stranger's patrol")
			.isEqualTo(404);
		stranger.get(elsewhere.home() + "/alerts/new");
		assertThat(stranger.submit(home + "/alerts/from-observation/" + idOf(observation)).statusCode())
			.as("a stranger's alert from an observation")
			.isEqualTo(404);
		String ownHome = elsewhere.home();
		assertThat(stranger.get(ownHome + "/territory/observations/" + idOf(observation)).statusCode()).isEqualTo(404);
		Browser ally = Collectives.member(http(), registry(), coordinator, home, "ally", "Aliada");
		assertThat(ally.get(home + "/territory/observations").statusCode()).isEqualTo(403);
		assertThat(ally.get(observation).statusCode()).isEqualTo(403);
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

	/** Connects the collective to the test Kannel; gives the collective's number. */
	private static String connect(Browser coordinator, String home, Kannel kannel) {
		String number = Collectives.phone();
		coordinator.get(home + "/channels");
		assertThat(coordinator
			.submit(home + "/channels", "url", kannel.sendsmsUrl(), "username", kannel.username(), "password",
					kannel.password(), "number", number, "per_second", "50")
			.statusCode()).isEqualTo(302);
		return number;
	}

	private static String observe(Browser coordinator, String home, String category, String position, String text) {
		coordinator.get(home + "/territory/observations/new");
		HttpResponse<String> saved = coordinator.submitMultipart(home + "/territory/observations",
				List.of(new String[] { "category", category }, new String[] { "position", position },
						new String[] { "text", text }),
				null, null);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		return Collectives.location(saved);
	}

	private static HttpResponse<String> importBatch(Browser coordinator, String home, String csv, boolean dryRun) {
		coordinator.get(home + "/territory/observations/import");
		List<String[]> fields = dryRun ? List.<String[]>of(new String[] { "dry_run", "on" }) : List.of();
		return coordinator.submitMultipart(home + "/territory/observations/import", fields, "batch.csv",
				csv.getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> importAlerts(Browser coordinator, String home, String name, byte[] file) {
		coordinator.get(home + "/territory/tasks");
		return coordinator.submitMultipart(home + "/territory/tasks/import", List.of(), name, file);
	}

	private long tasksIn(String home) {
		return jdbc().sql("select count(*) from ground_truth_task where collective_id = ?")
			.param(java.util.UUID.fromString(idOf(home)))
			.query(Long.class)
			.single();
	}

	private static String idOf(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static String codeOf(Browser coordinator, String observation) {
		Matcher code = Pattern.compile("Observation (\\d{4,8})").matcher(coordinator.get(observation).body());
		assertThat(code.find()).isTrue();
		return code.group(1);
	}

	private long observationsIn(String home) {
		return jdbc().sql("select count(*) from observation where collective_id = ?")
			.param(java.util.UUID.fromString(idOf(home)))
			.query(Long.class)
			.single();
	}

	private static Kannel.Sms smsTo(Kannel kannel, String phone, String containing) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> kannel.receivedContaining(containing, Duration.ZERO)
				.stream()
				.anyMatch((sms) -> sms.to().equals(phone)));
		return kannel.receivedContaining(containing, Duration.ZERO)
			.stream()
			.filter((sms) -> sms.to().equals(phone))
			.findFirst()
			.orElseThrow();
	}

}
