package org.tejido.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.collectives.internal.ActivityLog;
import org.tejido.evidence.bundle.BundleVerifier;
import org.tejido.evidence.bundle.Verdict;
import org.tejido.site.Lang;
import org.tejido.site.SitePagesContract;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.HtmlValidator;
import org.tejido.support.Http;
import org.tejido.support.Photos;
import org.tejido.support.StandardTools;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence over HTTP: sealed on arrival, the shared copy stripped, custody in the ledger
 * and the activity chain, signed bundles that the verifier and the standard tools accept
 * whole and reject changed, bad files refused, and the collective's walls.
 */
public interface EvidenceContract {

	Pattern ITEM = Pattern.compile("/evidence/([0-9a-f-]{36})$");

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	Path dataDir();

	ConfigurableApplicationContext context();

	@Test
	default void evidenceIsSealedOnArrivalWithItsSharedCopyStrippedAndItsMetadataShownToCoordinators()
			throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Vereda El Sello");
		Browser member = Collectives.member(http(), registry(), coordinator, home, "member", "Rafael Testigo");
		byte[] photo = Photos.fromTheField();

		String item = sealed(member, home, "patrulla río.jpg", photo);
		String page = member.get(item).body();
		assertThat(page)
			.contains("patrulla río.jpg", sha256(photo), "image/jpeg", "Rafael Testigo",
					"location and device data removed from the shared copy", "received")
			.doesNotContain(Photos.MAKE)
			.doesNotContain("/original\"");
		HttpResponse<byte[]> shared = member.getBytes(item + "/shared");
		assertThat(shared.statusCode()).isEqualTo(200);
		assertThat(shared.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		Metadata sharedMetadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(shared.body()));
		assertThat(sharedMetadata.containsDirectoryOfType(GpsDirectory.class)).isFalse();
		assertThat(sharedMetadata.containsDirectoryOfType(ExifIFD0Directory.class)).isFalse();
		assertThat(sharedMetadata.containsDirectoryOfType(XmpDirectory.class)).isFalse();
		assertThat(new String(shared.body(), StandardCharsets.ISO_8859_1)).doesNotContain(Photos.MAKE);
		assertThat(member.getBytes(item + "/original").statusCode()).isEqualTo(403);

		String sealedPage = coordinator.get(item).body();
		assertThat(sealedPage).contains(Photos.MAKE, "[GPS] GPS Latitude", "/original\"");
		HttpResponse<byte[]> original = coordinator.getBytes(item + "/original");
		assertThat(original.statusCode()).isEqualTo(200);
		assertThat(original.body()).isEqualTo(photo);

		coordinator.get(item);
		assertThat(coordinator.submit(item + "/notes", "note", "   ").statusCode()).isEqualTo(422);
		coordinator.get(item);
		assertThat(
				coordinator.submit(item + "/notes", "note", "Tomada por la guardia en el cruce del río").statusCode())
			.isEqualTo(302);
		assertThat(coordinator.get(item).body()).contains("shared copy downloaded · Rafael Testigo",
				"original downloaded", "note added", "Tomada por la guardia en el cruce del río");
		assertThat(coordinator.get(home + "/activity").body()).contains("sealed a file as evidence",
				"downloaded a shared copy of evidence", "downloaded an original of evidence",
				"added a note to evidence");
		UUID collective = UUID.fromString(home.substring(6));
		assertThat(context().getBean(ActivityLog.class).verify(collective).intact()).isTrue();
	}

	@Test
	default void evidenceBundlesAreSignedAndTheVerifierAndStandardToolsAcceptThemWholeAndRejectThemChanged()
			throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Resguardo Firmado");
		String photo = sealed(coordinator, home, "cruce.jpg", Photos.fromTheField());
		byte[] forgedPhoto = Photos.withGps(2.4, -76.6, "2099:01:01 10:00:00", "2099:01:01");
		String forged = sealed(coordinator, home, "forjada.jpg", forgedPhoto);
		assertThat(coordinator.get(forged).body()).contains("date doubtful");
		String fingerprint = fingerprintOn(coordinator.get(home + "/evidence/settings").body());

		coordinator.get(home + "/evidence");
		HttpResponse<byte[]> bundle = coordinator.submitForBytes(home + "/evidence/bundle", "item", idOf(photo), "item",
				idOf(forged));
		assertThat(bundle.statusCode()).isEqualTo(200);
		assertThat(bundle.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/zip");
		Path folder = Files.createTempDirectory("bundle");
		Path zip = Files.write(folder.resolve("bundle.zip"), bundle.body());
		Verdict verdict = new BundleVerifier().verify(zip);
		assertThat(verdict.intact()).as(verdict.problem()).isTrue();
		assertThat(verdict.items()).isEqualTo(2);
		assertThat(verdict.fingerprint()).isEqualTo(fingerprint);
		Path unpacked = StandardTools.unpacked(bundle.body(), Files.createDirectory(folder.resolve("unpacked")));
		assertThat(Files.readAllBytes(unpacked.resolve("originals/2-forjada.jpg"))).isEqualTo(forgedPhoto);
		assertThat(Files.readString(unpacked.resolve("manifest.json"))).contains("\"date-doubtful\"",
				"\"action\" : \"exported\"", "\"createdBy\" : \"Founder Resguardo Firmado\"", "\"receivedAt\"");
		if (StandardTools.present("sha256sum") && StandardTools.present("openssl")) {
			assertThat(StandardTools.sha256sumCheck(unpacked).exit()).isZero();
			assertThat(StandardTools.opensslVerify(unpacked).output()).contains("Signature Verified Successfully");
		}

		byte[] changed = bundle.body().clone();
		int at = indexOf(changed, forgedPhoto);
		changed[at + forgedPhoto.length / 2] ^= 1;
		Path tampered = Files.write(folder.resolve("tampered.zip"), changed);
		assertThat(new BundleVerifier().verify(tampered).badFile()).isEqualTo("originals/2-forjada.jpg");
		assertThat(new EvidenceCommand(System.out, System.err)
			.run(new String[] { "evidence", "verify", tampered.toString() })).isEqualTo(1);
		assertThat(coordinator.get(photo).body()).contains("sealed into a bundle · Founder Resguardo Firmado");
	}

	@Test
	default void evidenceBundlesNeedChosenItemsOfTheCollectiveItself() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Paquete Propio");
		String own = sealed(coordinator, home, "propia.txt", "propia".getBytes(StandardCharsets.UTF_8));
		Browser other = Collectives.coordinator(http(), registry());
		String elsewhere = Collectives.found(other, "Paquete Ajeno");
		String theirs = sealed(other, elsewhere, "ajena.txt", "ajena".getBytes(StandardCharsets.UTF_8));

		coordinator.get(home + "/evidence");
		HttpResponse<byte[]> none = coordinator.submitForBytes(home + "/evidence/bundle");
		assertThat(none.statusCode()).isEqualTo(422);
		assertThat(new String(none.body(), StandardCharsets.UTF_8)).contains("Choose at least one item");
		coordinator.get(home + "/evidence");
		assertThat(coordinator.submitForBytes(home + "/evidence/bundle", "item", idOf(own), "item", idOf(theirs))
			.statusCode()).isEqualTo(404);
		coordinator.get(home + "/evidence");
		assertThat(coordinator.submitForBytes(home + "/evidence/bundle", "item", "not-an-id").statusCode())
			.isEqualTo(404);
		assertThat(coordinator.get(own).body()).doesNotContain("sealed into a bundle");
		Browser member = Collectives.member(http(), registry(), coordinator, home, "member", "Sin Paquete");
		member.get(home + "/evidence");
		assertThat(member.submitForBytes(home + "/evidence/bundle", "item", idOf(own)).statusCode()).isEqualTo(403);
	}

	@Test
	default void evidenceRefusesFilesThatAreNotWhatTheirNameSaysAndEmptyFilesKeepingNothing() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Archivo Honesto");
		byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> pdfAsPhoto = upload(coordinator, home, "foto.jpg", pdf);
		assertThat(pdfAsPhoto.statusCode()).isEqualTo(415);
		assertThat(pdfAsPhoto.body()).contains("The file is not what its name says");
		byte[] program = new byte[512];
		program[0] = 'M';
		program[1] = 'Z';
		program[0x3c] = (byte) 0x80;
		program[0x80] = 'P';
		program[0x81] = 'E';
		assertThat(upload(coordinator, home, "denuncia.pdf", program).statusCode()).isEqualTo(415);
		HttpResponse<String> empty = upload(coordinator, home, "vacio.txt", new byte[0]);
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("The file is empty");

		UUID collective = UUID.fromString(home.substring(6));
		assertThat(jdbc().sql("select count(*) from evidence_item where collective_id = ?")
			.param(collective)
			.query(Long.class)
			.single()).isZero();
		Path folder = dataDir().resolve("collectives").resolve(collective.toString()).resolve("evidence");
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				assertThat(files.toList()).isEmpty();
			}
		}
	}

	@Test
	default void evidenceSharedCopiesKeepTheirMetadataWhenTheCollectiveChoosesSo() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Datos Conservados");
		Browser member = Collectives.member(http(), registry(), coordinator, home, "member", "Sin Ajustes");
		assertThat(member.get(home + "/evidence/settings").statusCode()).isEqualTo(403);
		assertThat(coordinator.get(home + "/evidence/settings").body()).contains("value=\"strip\" checked");
		assertThat(coordinator.submit(home + "/evidence/settings", "metadata", "keep").statusCode()).isEqualTo(302);
		assertThat(coordinator.get(home + "/evidence/settings").body()).contains("value=\"keep\" checked");

		byte[] photo = Photos.fromTheField();
		String item = sealed(member, home, "conservada.jpg", photo);
		assertThat(member.get(item).body()).contains("keeps location and device data");
		assertThat(member.getBytes(item + "/shared").body()).isEqualTo(photo);
		assertThat(coordinator.get(home + "/activity").body()).contains("chose to keep device data in shared evidence");
	}

	@Test
	default void evidenceIsClosedToStrangersAndAllies() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Muro de Evidencias");
		String item = sealed(coordinator, home, "privada.txt", "privada".getBytes(StandardCharsets.UTF_8));
		List<String> reads = List.of(home + "/evidence", item, item + "/shared", item + "/original",
				home + "/evidence/settings");
		List<String> writes = List.of(home + "/evidence", item + "/notes", home + "/evidence/settings",
				home + "/evidence/bundle");

		Browser stranger = Collectives.coordinator(http(), registry());
		String elsewhere = Collectives.found(stranger, "Otra Parte");
		for (String path : reads) {
			assertThat(stranger.get(path).statusCode()).as(path).isEqualTo(404);
		}
		for (String path : writes) {
			stranger.get(elsewhere + "/evidence");
			assertThat(stranger.submit(path, "note", "taken", "metadata", "keep", "item", idOf(item)).statusCode())
				.as(path)
				.isEqualTo(404);
		}
		assertThat(stranger.get(elsewhere + "/evidence/" + idOf(item)).statusCode()).isEqualTo(404);

		Browser ally = Collectives.member(http(), registry(), coordinator, home, "ally", "Abogada Aliada");
		for (String path : reads) {
			assertThat(ally.get(path).statusCode()).as(path).isEqualTo(403);
		}
		for (String path : writes) {
			ally.get(home + "/alerts/new");
			assertThat(ally.submit(path, "note", "taken", "metadata", "keep", "item", idOf(item)).statusCode()).as(path)
				.isEqualTo(403);
		}
		assertThat(coordinator.get(item).body()).doesNotContain("taken").doesNotContain("note added");
	}

	@Test
	default void evidencePagesFitTheFirstRoundTripInEveryLanguageAndAreValid() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Páginas de Evidencia");
		String item = sealed(coordinator, home, "cruce del río.jpg", Photos.fromTheField());
		sealed(coordinator, home, "acta.txt", "acta".getBytes(StandardCharsets.UTF_8));
		coordinator.get(item);
		coordinator.submit(item + "/notes", "note", "Vista por la guardia");
		for (Lang lang : Lang.values()) {
			for (String path : List.of(home + "/evidence", item, home + "/evidence/settings")) {
				String localised = "/" + lang.code() + path.substring(3);
				HttpResponse<byte[]> page = coordinator.getBytes(localised, "Accept-Encoding", "gzip");
				assertThat(page.statusCode()).as(localised).isEqualTo(200);
				assertThat(page.body().length).as(localised)
					.isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
				assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
				String html = Http.gunzip(page.body());
				assertThat(html).as(localised).doesNotContain("<script").doesNotContain("??");
				if (lang == Lang.EN || lang == Lang.ES) {
					assertThat(HtmlValidator.errorsIn(html)).as(localised).isEmpty();
				}
			}
		}
	}

	@Test
	default void evidenceSealedByAnotherModuleJoinsItsTransactionAndARefusalLeavesThatTransactionUsable()
			throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Observaciones de Campo");
		UUID collective = UUID.fromString(home.substring(6));
		UUID founder = jdbc().sql("select id from collective_member where collective_id = ?")
			.param(collective)
			.query(UUID.class)
			.single();
		EvidenceLocker locker = context().getBean(EvidenceLocker.class);
		TransactionTemplate transaction = new TransactionTemplate(context().getBean(PlatformTransactionManager.class));
		List<Integer> refusals = new ArrayList<>();
		SealedItem sealed = transaction.execute((status) -> {
			try {
				locker.seal(collective, founder, "vacía.jpg", new ByteArrayInputStream(new byte[0]));
			}
			catch (EvidenceRefused refused) {
				refusals.add(refused.status());
			}
			return locker.seal(collective, founder, "observación.jpg", new ByteArrayInputStream(Photos.fromTheField()));
		});
		assertThat(refusals).containsExactly(422);
		assertThat(sealed.mediaType()).isEqualTo("image/jpeg");
		assertThat(sealed.notices()).containsExactly("metadata-stripped");
		assertThat(locker.items(collective, List.of(sealed.id(), UUID.randomUUID()))).containsExactly(sealed);
		assertThat(locker.items(UUID.randomUUID(), List.of(sealed.id()))).isEmpty();
		assertThat(coordinator.get(home + "/evidence/" + sealed.id()).body()).contains("observación.jpg",
				sealed.sha256());
	}

	@Test
	default void evidenceListsPagesOfItemsThatEachFitTheFirstRoundTrip() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Muchas Evidencias");
		UUID collective = UUID.fromString(home.substring(6));
		EvidenceLocker locker = context().getBean(EvidenceLocker.class);
		for (int i = 0; i < 30; i++) {
			String name = "testimonio-" + i + "-" + "x".repeat(150) + ".txt";
			locker.seal(collective, null, name,
					new ByteArrayInputStream(("testimonio " + i).getBytes(StandardCharsets.UTF_8)));
		}
		HttpResponse<byte[]> first = coordinator.getBytes(home + "/evidence", "Accept-Encoding", "gzip");
		assertThat(first.body().length).isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
		String html = Http.gunzip(first.body());
		assertThat(html).contains("testimonio-29-", "page 1 of 2", "/evidence?page=2").doesNotContain("testimonio-4-");
		assertThat(HtmlValidator.errorsIn(html)).isEmpty();
		assertThat(coordinator.get(home + "/evidence?page=2").body()).contains("testimonio-4-", "testimonio-0-")
			.doesNotContain("testimonio-29-");
		assertThat(coordinator.get(home + "/evidence?page=99").body()).contains("page 2 of 2");
	}

	@Test
	default void evidenceGoesWithItsCollective() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Vereda Que Se Va");
		sealed(coordinator, home, "foto.jpg", Photos.fromTheField());
		UUID collective = UUID.fromString(home.substring(6));
		Path folder = dataDir().resolve("collectives").resolve(collective.toString());
		assertThat(folder.resolve("evidence")).isDirectory();

		coordinator.get(home + "/delete");
		assertThat(coordinator.submit(home + "/delete", "confirmation", "Vereda Que Se Va").statusCode())
			.isEqualTo(302);
		for (String table : List.of("evidence_item", "evidence_custody", "evidence_setting", "evidence_signing_key")) {
			assertThat(jdbc().sql("select count(*) from " + table + " where collective_id = ?")
				.param(collective)
				.query(Long.class)
				.single()).as(table).isZero();
		}
		assertThat(folder).doesNotExist();
	}

	/** Uploads a file through the evidence page's form, the CSRF token in the body. */
	static HttpResponse<String> upload(Browser browser, String home, String name, byte[] bytes) {
		String page = browser.get(home + "/evidence").body();
		Matcher action = Pattern.compile("enctype=\"multipart/form-data\" action=\"([^\"]+)\"").matcher(page);
		assertThat(action.find()).isTrue();
		assertThat(action.group(1)).doesNotContain("csrf").endsWith("/evidence");
		return browser.submitMultipart(action.group(1), new ArrayList<>(), name, bytes);
	}

	/** Uploads a file and gives the path of its page. */
	static String sealed(Browser browser, String home, String name, byte[] bytes) {
		HttpResponse<String> sealed = upload(browser, home, name, bytes);
		assertThat(sealed.statusCode()).as(sealed.body()).isEqualTo(302);
		String item = Collectives.location(sealed);
		assertThat(item).matches(".*" + ITEM.pattern());
		return item;
	}

	private static String idOf(String item) {
		return item.substring(item.lastIndexOf('/') + 1);
	}

	private static String fingerprintOn(String settings) {
		Matcher fingerprint = Pattern.compile("id=\"fingerprint\">([0-9a-f]{64})<").matcher(settings);
		assertThat(fingerprint.find()).as(settings).isTrue();
		return fingerprint.group(1);
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new IllegalStateException("not stored as it is");
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
