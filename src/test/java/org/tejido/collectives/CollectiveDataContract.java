package org.tejido.collectives;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.collectives.internal.CollectiveArchive;
import org.tejido.collectives.keys.UnreadableData;
import org.tejido.evidence.EvidenceContract;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.DatabaseDump;
import org.tejido.support.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A collective's data at rest: nothing sensitive readable in the database or the data
 * directory, everything in the collective's own export, nothing readable after deletion.
 */
public interface CollectiveDataContract {

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	CollectiveKeys keys();

	Path dataDir();

	ConfigurableApplicationContext context();

	@Test
	default void aDatabaseDumpHoldsNoneOfTheNamesContactsAndNotesEntered() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		Map<String, String> markers = markers();
		String home = Collectives.found(coordinator, markers.get("collective"), "description",
				markers.get("description"), "territory", markers.get("territory"), "languages",
				markers.get("languages"), "attributes", "gender");
		coordinator.get(home + "/members/new");
		assertThat(coordinator
			.submit(home + "/members", "name", markers.get("member"), "phone", markers.get("phone"), "email",
					markers.get("email"), "notes", markers.get("notes"), "attr.gender", markers.get("attribute"),
					"consent", "on", "role", "member")
			.statusCode()).isEqualTo(302);
		coordinator.get(home + "/groups");
		coordinator.submit(home + "/groups", "name", markers.get("group"));
		CollectivesContract.storeDocument(coordinator, home, markers.get("file-name") + ".txt",
				"report " + markers.get("file-content"), false);
		EvidenceContract.sealed(coordinator, home, markers.get("evidence-name") + ".txt",
				("testimony " + markers.get("evidence-content")).getBytes(StandardCharsets.UTF_8));
		Browser joiner = Collectives.person(http(), registry());
		Collectives.join(joiner, Collectives.invite(coordinator, home, "member"), markers.get("joiner"),
				markers.get("joiner-phone"));

		String shown = coordinator.get(home + "/members").body() + coordinator.get(home).body()
				+ coordinator.get(home + "/groups").body() + coordinator.get(home + "/documents").body();
		for (String marker : List.of("collective", "description", "territory", "member", "email", "group", "joiner")) {
			assertThat(shown).as(marker).contains(markers.get(marker));
		}
		assertThat(shown).contains(markers.get("phone"), markers.get("joiner-phone"));

		String dump = DatabaseDump.of(jdbc());
		assertThat(dump).contains(home.substring(6));
		for (Map.Entry<String, String> marker : markers.entrySet()) {
			assertThat(dump).as(marker.getKey()).doesNotContain(marker.getValue());
			assertThat(dump).as(marker.getKey())
				.doesNotContain(marker.getValue().replace("+", "").toLowerCase(java.util.Locale.ROOT));
		}
		assertThat(dump).doesNotContain("127.0.0.1").doesNotContain("Java-http-client");
		String files = filesUnder(dataDir());
		assertThat(files).doesNotContain(markers.get("file-content"))
			.doesNotContain(markers.get("member"))
			.doesNotContain(markers.get("evidence-content"))
			.doesNotContain(markers.get("evidence-name"));
		assertThat(coordinator.get(home + "/evidence").body()).contains(markers.get("evidence-name"));
	}

	@Test
	default void aCoordinatorExportsEverythingWithAManifestOfHashes() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Export Norte");
		coordinator.get(home + "/members/new");
		coordinator.submit(home + "/members", "name", "Gregoria", "phone", "+57 300 555 0142", "notes",
				"keeps the seeds", "role", "member");
		CollectivesContract.storeDocument(coordinator, home, "acta.txt", "acta de la asamblea", false);

		HttpResponse<byte[]> export = coordinator.getBytes(home + "/export");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/zip");
		assertThat(export.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		Map<String, byte[]> entries = unzip(export.body());
		String json = new String(entries.get("collective.json"), StandardCharsets.UTF_8);
		assertThat(json).contains("Export Norte", "Gregoria", "+573005550142", "keeps the seeds", "acta.txt",
				"collective.founded");
		assertThat(entries).anySatisfy((path, bytes) -> {
			assertThat(path).startsWith("files/").endsWith("acta.txt");
			assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("acta de la asamblea");
		});
		String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			if (!entry.getKey().equals("manifest.json")) {
				assertThat(manifest).contains("\"" + entry.getKey() + "\"", sha256(entry.getValue()));
			}
		}
		assertThat(coordinator.get(home + "/activity").body()).contains("exported everything", "all 4 entries");
	}

	@Test
	default void anExportOnItsWayToASlowDownloadHoldsUpNoChangeToTheCollective() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Descarga Lenta");
		UUID collective = UUID.fromString(home.substring(6));
		UUID founder = jdbc().sql("select id from collective_member where collective_id = ?")
			.param(collective)
			.query(UUID.class)
			.single();
		List<Object> meanwhile = new CopyOnWriteArrayList<>();
		ExecutorService someoneElse = Executors.newSingleThreadExecutor();
		OutputStream slowDownload = new OutputStream() {

			@Override
			public void write(int b) {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) {
				if (!meanwhile.isEmpty()) {
					return;
				}
				Future<Integer> added = someoneElse.submit(() -> {
					coordinator.get(home + "/members/new");
					return coordinator.submit(home + "/members", "name", "Mientras", "role", "member").statusCode();
				});
				try {
					meanwhile.add(added.get(20, TimeUnit.SECONDS));
				}
				catch (TimeoutException ex) {
					meanwhile.add("still waiting after 20 s");
				}
				catch (Exception ex) {
					meanwhile.add(ex);
				}
			}

		};
		try {
			context().getBean(CollectiveArchive.class)
				.write(new Membership(collective, founder, CollectiveRole.COORDINATOR), slowDownload);
		}
		finally {
			someoneElse.shutdown();
			assertThat(someoneElse.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(meanwhile).containsExactly(302);
		assertThat(coordinator.get(home + "/members").body()).contains("Mientras");
		assertThat(coordinator.get(home + "/activity").body()).contains("exported everything", "all 3 entries");
	}

	@Test
	default void anUploadThatCannotBeRecordedLeavesNoFileBehind() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Archivo Huérfano");
		UUID collective = UUID.fromString(home.substring(6));
		CollectivesContract.storeDocument(coordinator, home, "kept.txt", "this one is recorded", false);
		Path folder = dataDir().resolve("collectives").resolve(collective.toString());
		assertThat(filesIn(folder)).hasSize(1);

		jdbc()
			.sql("alter table collective_document add constraint refuse_orphan_test check (collective_id <> '"
					+ collective + "' or shared_with_allies = false)")
			.update();
		try {
			coordinator.get(home + "/documents");
			Matcher action = Pattern.compile("enctype=\"multipart/form-data\" action=\"([^\"]+)\"")
				.matcher(coordinator.lastPage());
			assertThat(action.find()).isTrue();
			HttpResponse<String> failed = coordinator.submitMultipart(action.group(1).replace("&amp;", "&"),
					List.<String[]>of(new String[] { "allies", "on" }), "lost.txt",
					"never recorded".getBytes(StandardCharsets.UTF_8));
			assertThat(failed.statusCode()).isEqualTo(500);
		}
		finally {
			jdbc().sql("alter table collective_document drop constraint refuse_orphan_test").update();
		}
		assertThat(jdbc().sql("select count(*) from collective_document where collective_id = ?")
			.param(collective)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(filesIn(folder)).hasSize(1);
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}

	@Test
	default void deletingACollectiveDestroysItsKeyFirstSoNothingOfItCanBeRead() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Vereda Baja");
		UUID collective = UUID.fromString(home.substring(6));
		coordinator.get(home + "/members/new");
		coordinator.submit(home + "/members", "name", "Clemente", "role", "member");
		CollectivesContract.storeDocument(coordinator, home, "plan.txt", "the plan", false);
		byte[] sealedName = jdbc().sql("select sealed_name from collective where id = ?")
			.param(collective)
			.query(byte[].class)
			.single();
		assertThat(keys().decrypt(collective, "collective.name", sealedName)).isEqualTo("Vereda Baja");

		coordinator.get(home + "/delete");
		HttpResponse<String> wrongName = coordinator.submit(home + "/delete", "confirmation", "Vereda Alta");
		assertThat(wrongName.statusCode()).isEqualTo(422);
		assertThat(coordinator.get(home).statusCode()).isEqualTo(200);

		coordinator.get(home + "/delete");
		HttpResponse<String> deleted = coordinator.submit(home + "/delete", "confirmation", "vereda baja ");
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(coordinator.get(home).statusCode()).isEqualTo(404);
		assertThat(coordinator.get("/en/collectives").body()).doesNotContain("Vereda Baja");
		assertThat(jdbc().sql("select count(*) from collective_key where collective_id = ?")
			.param(collective)
			.query(Long.class)
			.single()).isZero();
		for (String table : List.of("collective", "collective_member", "collective_group", "collective_document",
				"collective_activity", "collective_invitation")) {
			String column = table.equals("collective") ? "id" : "collective_id";
			assertThat(jdbc().sql("select count(*) from " + table + " where " + column + " = ?")
				.param(collective)
				.query(Long.class)
				.single()).as(table).isZero();
		}
		assertThatThrownBy(() -> keys().decrypt(collective, "collective.name", sealedName))
			.isInstanceOf(UnreadableData.class);
		assertThat(dataDir().resolve("collectives").resolve(collective.toString())).doesNotExist();
	}

	private static String filesUnder(Path folder) throws IOException {
		StringBuilder contents = new StringBuilder();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (!file.toString().contains("index") && Files.size(file) < 50_000_000) {
					contents.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
				}
			}
		}
		return contents.toString();
	}

	private static Map<String, String> markers() {
		Map<String, String> markers = new LinkedHashMap<>();
		for (String what : List.of("collective", "description", "territory", "languages", "member", "notes",
				"attribute", "group", "file-name", "file-content", "evidence-name", "evidence-content", "joiner")) {
			markers.put(what, Collectives.marker(what.replace("-", "")));
		}
		markers.put("email", Collectives.marker("mail").toLowerCase(java.util.Locale.ROOT) + "@example.org");
		markers.put("phone", Collectives.phone());
		markers.put("joiner-phone", Collectives.phone());
		return markers;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
