package org.tejido.library;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.tejido.TejidoApplication;
import org.tejido.evidence.bundle.BundleVerifier;
import org.tejido.library.catalogue.BundleFiles;
import org.tejido.library.catalogue.CatalogueImport;
import org.tejido.library.catalogue.CatalogueRow;
import org.tejido.support.Bundles;
import org.tejido.support.HtmlValidator;
import org.tejido.support.Packs;
import org.tejido.support.StandardTools;
import org.tejido.support.TempData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code java -jar tejido.jar library pack …}, run as an operator runs it, on a data
 * directory of its own holding the default catalogue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryCommandTests {

	/** A resource of the default catalogue that a search for "radio" finds. */
	static final String RADIO = "indigenous-rights-radio-what-does-radio-mean-to-africa";

	private final Path dataDir = TempData.newDirectory();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private Path zip;

	private Map<String, byte[]> pack;

	private String report;

	@BeforeAll
	void buildsAPackOfTheDefaultCatalogue() throws Exception {
		this.zip = this.dataDir.resolve("pack.zip");
		assertThat(run("library", "pack", "--lang", "es,en", "--out", this.zip.toString())).as(this.err.toString())
			.isZero();
		this.pack = Packs.entries(Files.readAllBytes(this.zip));
		this.report = this.out.toString();
		System.out.println("Pack of the default catalogue in es,en: " + Files.size(this.zip) + " bytes, "
				+ this.pack.size() + " files; es/search-index.js " + this.pack.get("es/search-index.js").length
				+ " bytes (" + Packs.gzipped(this.pack.get("es/search-index.js")) + " gzipped)");
	}

	@Test
	void packsHoldTheLibraryInEachLanguageAndSayWhatTheyHold() {
		assertThat(this.report).contains("Wrote", "67 resources", "first pack");
		assertThat(this.pack).containsKeys("index.html", "manifest.sha256", "manifest.sha256.sig", "signing-key.pem",
				"README.txt", "CHANGES.txt", "search.js", "es/index.html", "en/index.html", "es/search.html",
				"es/search-index.js", "es/a-z/index.html", "es/a-z/i.html", "es/practices.html", "es/opds.xml",
				"es/changes.html", "es/resources/" + RADIO + ".html", "en/resources/" + RADIO + ".html",
				"es/facets/type/guides-manuals.html");
		assertThat(this.pack.keySet()).noneMatch((path) -> path.startsWith("fr/"));
		assertThat(Packs.text(this.pack, "index.html")).contains("href=\"./es/index.html\"",
				"href=\"./en/index.html\"");
		assertThat(Packs.text(this.pack, "README.txt")).contains("sha256sum -c manifest.sha256",
				"openssl pkeyutl -verify");
	}

	@Test
	void packsAreSignedAndEveryFileMatchesTheManifest() throws Exception {
		Packs.assertIntactAndSigned(this.pack);
		assertThat(new BundleVerifier().verify(this.zip).intact()).isTrue();
		if (StandardTools.present("sha256sum") && StandardTools.present("openssl")) {
			Path folder = StandardTools.unpacked(Files.readAllBytes(this.zip), Files.createTempDirectory("pack"));
			assertThat(StandardTools.sha256sumCheck(folder).exit()).isZero();
			StandardTools.Run verified = StandardTools.opensslVerify(folder);
			assertThat(verified.output()).contains("Signature Verified Successfully");
		}
		assertThat(Files.exists(this.dataDir.resolve("packs/pack-signing-key.pk8"))).isTrue();
		assertThat(Files.exists(this.dataDir.resolve("packs/last/en-es.sha256"))).isTrue();
	}

	@Test
	void everyPageOpensFromTheDiskWithoutTheNetworkAndFitsTheFirstRoundTrip() throws Exception {
		List<String> pages = this.pack.keySet().stream().filter((path) -> path.endsWith(".html")).toList();
		assertThat(pages).hasSizeGreaterThan(150);
		for (String path : pages) {
			String html = Packs.text(this.pack, path);
			assertThat(Packs.linksLeavingThePack(html)).as(path).isEmpty();
			assertThat(Packs.gzipped(this.pack.get(path))).as(path).isLessThanOrEqualTo(14_600);
		}
		for (String path : List.of("index.html", "es/index.html", "es/search.html", "es/a-z/index.html",
				"es/resources/" + RADIO + ".html", "en/changes.html", "es/facets/area/early-warning.html")) {
			assertThat(HtmlValidator.errorsIn(Packs.text(this.pack, path))).as(path).isEmpty();
		}
		String script = Packs.text(this.pack, "search.js");
		assertThat(script).doesNotContain("fetch(", "XMLHttpRequest", "import ", "http");
		assertThat(Packs.text(this.pack, "es/search-index.js")).startsWith("window.TEJIDO_INDEX=").contains(RADIO);
		assertThat(Packs.text(this.pack, "es/resources/" + RADIO + ".html")).contains("href=\"../index.html\"",
				"href=\"../../en/resources/" + RADIO + ".html\"");
	}

	@Test
	void withoutJavaScriptTheAToZPagesListEveryResource() {
		String letter = Packs.text(this.pack, "en/a-z/i.html");
		assertThat(letter).contains("href=\"../resources/" + RADIO + ".html\"", "Indigenous Rights Radio");
		assertThat(Packs.text(this.pack, "es/a-z/index.html")).contains("href=\"../resources/" + RADIO + ".html\"",
				"href=\"../a-z/i.html\"");
		assertThat(Packs.text(this.pack, "es/search.html")).contains("<noscript>", "href=\"./a-z/index.html\"");
	}

	@Test
	void theOpdsFeedInsideThePackIsValidAndRelative() throws Exception {
		var feed = OpdsChecks.parse(this.pack.get("es/opds.xml"));
		OpdsChecks.assertAcquisitionFeed(feed);
		assertThat(Packs.text(this.pack, "es/opds.xml")).contains("href=\"resources/" + RADIO + ".html\"")
			.doesNotContain("rel=\"next\"", "rel=\"last\"", "?page=");
	}

	@Test
	void aHeadlessBrowserFindsAResourceBySearchingThePackFromTheDisk() throws Exception {
		boolean ciInstallsIt = System.getenv("TEJIDO_TESTS_NEED_CHROMIUM") != null;
		assumeTrue(ciInstallsIt || StandardTools.present("chromium"), "chromium is not installed");
		Path folder = StandardTools.unpacked(Files.readAllBytes(this.zip), Files.createTempDirectory("pack"));
		String results = dumpDom(folder.resolve("en/search.html").toUri() + "?q=radio%20africa");
		assertThat(results).contains("href=\"resources/" + RADIO + ".html\"", "Resources found: 1");
		String accented = dumpDom(folder.resolve("es/search.html").toUri() + "?q=RADIO");
		assertThat(accented).contains("href=\"resources/" + RADIO + ".html\"");
	}

	@Test
	void aSecondPackListsWhatChangedSinceTheFirst() throws Exception {
		Path data = TempData.newDirectory();
		Path first = data.resolve("first.zip");
		assertThat(run(data, "library", "pack", "--lang", "en", "--out", first.toString())).isZero();
		withTejido(data,
				(context) -> context.getBean(CatalogueImport.class)
					.run(List.of(row("Seed saving guide", "CC BY 4.0", "seeds.pdf"),
							row("Closed handbook", "All rights reserved", "closed.pdf")), (name) -> {
								try {
									Path file = Files.createTempFile("bundle", ".pdf");
									Files.write(file, Bundles.pdfSaying("About " + name));
									return java.util.Optional.of(file);
								}
								catch (java.io.IOException ex) {
									throw new java.io.UncheckedIOException(ex);
								}
							}, false));
		Path second = data.resolve("second.zip");
		this.out.reset();
		assertThat(run(data, "library", "pack", "--out", second.toString(), "--lang", "en")).isZero();
		Map<String, byte[]> pack = Packs.entries(Files.readAllBytes(second));
		String changes = Packs.text(pack, "CHANGES.txt");
		assertThat(changes)
			.contains("Added:", "en/resources/seed-saving-guide.html", "en/resources/closed-handbook.html", "Changed:",
					"en/search-index.js")
			.doesNotContain("en/resources/" + RADIO);
		assertThat(Packs.text(pack, "en/changes.html")).contains("href=\"../en/resources/seed-saving-guide.html\"");
		assertThat(pack.keySet()).anyMatch((path) -> path.startsWith("files/") && path.endsWith("/seeds.pdf"))
			.noneMatch((path) -> path.endsWith("closed.pdf"));
		assertThat(Packs.text(pack, "en/resources/closed-handbook.html")).contains("Not in this copy")
			.contains("https://example.org/closed.pdf");
		assertThat(Packs.text(pack, "en/resources/seed-saving-guide.html")).contains("href=\"../../files/");
		Packs.assertIntactAndSigned(pack);

		Path third = data.resolve("third.zip");
		assertThat(run(data, "library", "pack", "--lang", "en", "--out", third.toString(), "--since", first.toString()))
			.isZero();
		assertThat(Packs.text(Packs.entries(Files.readAllBytes(third)), "CHANGES.txt")).contains("first.zip",
				"en/resources/seed-saving-guide.html");
		Path fourth = data.resolve("fourth.zip");
		assertThat(run(data, "--out", fourth.toString(), "library", "pack", "--lang=en")).isZero();
		assertThat(Packs.text(Packs.entries(Files.readAllBytes(fourth)), "CHANGES.txt"))
			.contains("0 added, 0 changed, 0 removed");
	}

	@Test
	void explainsItsUseWhenCalledWrongly() {
		assertThat(run("library")).isEqualTo(64);
		assertThat(run("library", "pack")).isEqualTo(64);
		assertThat(run("library", "pack", "--lang", "es")).isEqualTo(64);
		assertThat(run("library", "pack", "--lang", "xx", "--out", "x.zip")).isEqualTo(64);
		assertThat(run("library", "unpack", "--lang", "es", "--out", "x.zip")).isEqualTo(64);
		assertThat(run("library", "pack", "--lang", "es", "--out", "x.zip", "--verbose")).isEqualTo(64);
		assertThat(this.err.toString()).contains("Usage", "library pack --lang");
	}

	private static CatalogueRow row(String title, String licence, String file) {
		return new CatalogueRow(1,
				Map.of("title", title, "url", "https://example.org/" + file, "type_code", "guides-manuals",
						"area_codes", "territorial-monitoring", "language_codes", "en", "licence", licence, "files",
						file));
	}

	private String dumpDom(String url) throws Exception {
		List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--disable-gpu", "--no-sandbox",
				"--user-data-dir=" + Files.createTempDirectory("chromium"), "--virtual-time-budget=5000", "--dump-dom",
				url));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return dom;
	}

	private void withTejido(Path data, java.util.function.Consumer<ConfigurableApplicationContext> work) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TejidoApplication.class)
			.web(WebApplicationType.NONE)
			.properties("logging.level.root=warn")
			.run("--tejido.data-dir=" + data)) {
			work.accept(context);
		}
	}

	private int run(String... args) {
		return run(this.dataDir, args);
	}

	private int run(Path data, String... args) {
		String[] withData = java.util.Arrays.copyOf(args, args.length + 1);
		withData[args.length] = "--tejido.data-dir=" + data;
		return new LibraryCommand(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(TejidoApplication.class, withData);
	}

}
