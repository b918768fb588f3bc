package org.tejido.territory;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.evidence.EvidenceCommand;
import org.tejido.evidence.bundle.BundleVerifier;
import org.tejido.evidence.bundle.Verdict;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.Http;
import org.tejido.support.Kannel;
import org.tejido.support.Photos;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A collective watches its territory from end to end, through the pages, SMS and files:
 * its territory comes from a KML file, a patrol from a GPS track, observations by SMS and
 * with a photo, an alert from one of them, ground-truthing tasks from a satellite alert
 * file (inside the territory only), and a signed evidence bundle that the offline
 * verifier accepts whole and rejects with one byte changed.
 */
public interface TerritoryEndToEndContract {

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	int port();

	@Test
	default void territoryEndToEndFromAKmlFileToASignedBundle() throws Exception {
		Assumptions.assumeTrue(Kannel.isInstalled() || System.getenv("TEJIDO_TESTS_NEED_KANNEL") != null,
				"Kannel is not installed (apt-get install kannel kannel-extras)");
		Kannel kannel = Kannel.forTejidoAt(port(), RunningTejido.INBOUND_SECRET);
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Resguardo del Río");
		String number = Collectives.phone();
		coordinator.get(home + "/channels");
		assertThat(coordinator
			.submit(home + "/channels", "url", kannel.sendsmsUrl(), "username", kannel.username(), "password",
					kannel.password(), "number", number, "per_second", "50")
			.statusCode()).isEqualTo(302);
		String phone = Collectives.phone();
		String guard = Collectives.addContact(coordinator, home, "Guardián Tomás", phone, "", "member");

		// The territory, from the assembly's KML file.
		coordinator.get(home + "/territory/import");
		HttpResponse<String> imported = coordinator.submitMultipart(home + "/territory/import",
				List.of(new String[] { "polygons", "areas" }, new String[] { "sensitivity", "members" }),
				"territory.kml", resource("/territory/geo/territory.kml"));
		assertThat(imported.statusCode()).as(imported.body()).isLessThan(400);
		assertThat(coordinator.get(home + "/territory").body()).contains("Territorio", "Escuela");

		// A patrol walked today by the guard, its route from the GPS track.
		coordinator.get(home + "/territory/patrols/new");
		String patrol = Collectives.location(coordinator.submit(home + "/territory/patrols", "name",
				"Ronda de la mañana", "walked_on", LocalDate.now().toString(), "team", guard));
		coordinator.get(patrol + "/track");
		HttpResponse<String> track = coordinator.submitMultipart(patrol + "/track", List.of(), "patrol.gpx",
				resource("/territory/geo/patrol.gpx"));
		assertThat(track.statusCode()).as(track.body()).isLessThan(400);
		assertThat(coordinator.get(patrol).body()).doesNotContain(" 0.0 km").containsPattern("\\d+\\.\\d km");
		assertThat(observationsOf(patrol)).as("the track's waypoints").isEqualTo(2);

		// An observation by SMS from the guard, filed under today's patrol.
		kannel.phoneSends(phone, number, "OBS fuego humo detrás de la Escuela");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> kannel.receivedContaining("recorded at Escuela", Duration.ZERO)
				.stream()
				.anyMatch((sms) -> sms.to().equals(phone)));
		assertThat(coordinator.get(patrol).body()).contains("fire");

		// An observation with a photo: its location stripped in the shared copy, kept
		// sealed.
		coordinator.get(home + "/territory/observations/new");
		HttpResponse<String> withPhoto = coordinator.submitMultipart(
				home + "/territory/observations", List.of(new String[] { "category", "extraction" },
						new String[] { "text", "árboles recién cortados" }, new String[] { "patrol", idOf(patrol) }),
				"tala.jpg", Photos.fromTheField());
		assertThat(withPhoto.statusCode()).as(withPhoto.body()).isEqualTo(302);
		String observation = Collectives.location(withPhoto);
		Matcher item = Pattern.compile("href=\"(" + Pattern.quote(home) + "/evidence/[0-9a-f-]{36})\"")
			.matcher(coordinator.get(observation).body());
		assertThat(item.find()).isTrue();
		byte[] shared = coordinator.getBytes(item.group(1) + "/shared").body();
		assertThat(ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(shared))
			.containsDirectoryOfType(GpsDirectory.class)).isFalse();
		assertThat(coordinator.get(item.group(1)).body()).contains("GPS Latitude");
		assertThat(observationsOf(patrol)).isGreaterThanOrEqualTo(3);

		// The observation becomes an alert, each pointing to the other.
		coordinator.get(observation);
		String alert = Collectives.location(coordinator.submit(home + "/alerts/from-observation/" + idOf(observation),
				"category", "extraction", "severity", "high"));
		assertThat(coordinator.get(alert).body()).contains("árboles recién cortados", idOf(observation));
		assertThat(coordinator.get(observation).body()).contains(idOf(alert));

		// Satellite alerts: only those inside the territory (not outside, not in its
		// hole)
		// become tasks, nearby alerts of close days one task.
		String gfw = """
				latitude,longitude,gfw_integrated_alerts__date,gfw_integrated_alerts__confidence
				4.6200,-74.0800,2026-11-20,high
				4.6210,-74.0800,2026-11-21,highest
				4.6220,-74.0810,2026-11-23,nominal
				4.6800,-74.0200,2026-11-10,high
				4.7500,-74.0500,2026-11-20,high
				4.6500,-74.0500,2026-11-20,high
				""";
		coordinator.get(home + "/territory/tasks");
		HttpResponse<String> tasks = coordinator.submitMultipart(home + "/territory/tasks/import", List.of(), "gfw.csv",
				gfw.getBytes(StandardCharsets.UTF_8));
		assertThat(tasks.body()).contains("6 rows read, 4 alerts inside the territory, 2 events, 2 new tasks");

		// A signed evidence bundle, checked offline.
		coordinator.get(home + "/evidence");
		HttpResponse<byte[]> bundle = coordinator.submitForBytes(home + "/evidence/bundle", "item",
				item.group(1).substring(item.group(1).lastIndexOf('/') + 1));
		assertThat(bundle.statusCode()).isEqualTo(200);
		Path folder = Files.createTempDirectory("territory-bundle");
		Path zip = Files.write(folder.resolve("bundle.zip"), bundle.body());
		Verdict verdict = new BundleVerifier().verify(zip);
		assertThat(verdict.intact()).as(verdict.problem()).isTrue();
		assertThat(
				new EvidenceCommand(System.out, System.err).run(new String[] { "evidence", "verify", zip.toString() }))
			.isZero();
		byte[] changed = bundle.body().clone();
		changed[changed.length / 3] ^= 1;
		Path tampered = Files.write(folder.resolve("tampered.zip"), changed);
		assertThat(new BundleVerifier().verify(tampered).intact()).isFalse();
		assertThat(new EvidenceCommand(System.out, System.err)
			.run(new String[] { "evidence", "verify", tampered.toString() })).isEqualTo(1);
	}

	private long observationsOf(String patrol) {
		return jdbc().sql("select count(*) from observation where patrol_id = ?")
			.param(java.util.UUID.fromString(idOf(patrol)))
			.query(Long.class)
			.single();
	}

	private static byte[] resource(String path) throws java.io.IOException {
		try (var in = TerritoryEndToEndContract.class.getResourceAsStream(path)) {
			return in.readAllBytes();
		}
	}

	private static String idOf(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

}
