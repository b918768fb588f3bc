import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.tejido.evidence.bundle.BundleItem;
import org.tejido.evidence.bundle.BundleTexts;
import org.tejido.evidence.bundle.BundleVerifier;
import org.tejido.evidence.bundle.BundleWriter;
import org.tejido.evidence.bundle.Ed25519;
import org.tejido.evidence.bundle.Verdict;

/**
 * Evidence bundle benchmark: writes random files of a few sizes (photos, audio, videos)
 * adding up to about N MB, then in the same run times
 * <ol>
 * <li>{@code sha256sum} over the same files (a standard tool's hashing speed on this
 * machine, for comparison);</li>
 * <li>sealing: {@link BundleWriter} hashes every original, writes the ZIP with the
 * manifests, and signs {@code manifest.sha256} with Ed25519;</li>
 * <li>verifying: {@link BundleVerifier} checks the signature and every file's hash;</li>
 * <li>{@code sha256sum -c manifest.sha256} over the unpacked bundle, and {@code openssl
 * pkeyutl -verify} of the signature, as the bundle's README tells a reader to do;</li>
 * </ol>
 * and then changes one byte of one original and checks that the verifier names it.
 * Plain Java: the bundle classes are called directly, without Spring or a database.
 *
 * Usage: java -cp CLASSPATH EvidenceBundle.java --work DIR [--megabytes 200] [--rounds 3]
 */
public class EvidenceBundle {

	private static final long MB = 1024 * 1024;

	/** name suffix, media type, size in bytes, share of the total. */
	private record Kind(String suffix, String type, long size, double share) {
	}

	private static final List<Kind> KINDS = List.of(new Kind(".jpg", "image/jpeg", 3 * MB, 0.30),
			new Kind(".ogg", "audio/ogg", 512 * 1024, 0.10), new Kind(".mp4", "video/mp4", 40 * MB, 0.50),
			new Kind(".pdf", "application/pdf", 200 * 1024, 0.10));

	public static void main(String[] args) throws Exception {
		Path work = Path.of(option(args, "--work", ""));
		long megabytes = Long.parseLong(option(args, "--megabytes", "200"));
		int rounds = Integer.parseInt(option(args, "--rounds", "3"));
		if (work.toString().isEmpty() || megabytes < 1 || rounds < 1) {
			System.err.println("Usage: java -cp CLASSPATH EvidenceBundle.java --work DIR [--megabytes 200] [--rounds 3]");
			System.exit(64);
		}
		Path files = Files.createDirectories(work.resolve("files"));
		List<BundleItem> items = randomFiles(files, megabytes * MB);
		long total = items.stream().mapToLong(BundleItem::size).sum();
		System.out.printf(Locale.ROOT, "%d files, %.1f MB (%s)%n", items.size(), total / (double) MB, describe(items));
		System.out.printf(Locale.ROOT, "machine: %d cores, JDK %s%n", Runtime.getRuntime().availableProcessors(),
				Runtime.version());

		KeyPair key = Ed25519.generate();
		Path bundle = work.resolve("bundle.zip");
		List<String> lines = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			double sha256sum = sha256sum(files, total);
			double seal = seal(items, key, bundle, total);
			double verify = verify(bundle, total);
			lines.add(String.format(Locale.ROOT, "round %d: sha256sum %.0f MB/s | sealing %.0f MB/s | verifying %.0f MB/s",
					round, sha256sum, seal, verify));
			System.out.println(lines.getLast());
		}
		standardTools(work, bundle, total);
		tamper(bundle, work);
		System.out.printf(Locale.ROOT, "bundle: %.1f MB on disk for %.1f MB of originals%n",
				Files.size(bundle) / (double) MB, total / (double) MB);
	}

	private static double sha256sum(Path files, long total) throws Exception {
		long start = System.nanoTime();
		Run run = run(files, List.of("sh", "-c", "sha256sum -- * > /dev/null"));
		if (run.exit() != 0) {
			throw new IllegalStateException("sha256sum failed: " + run.output());
		}
		return rate(total, start);
	}

	private static double seal(List<BundleItem> items, KeyPair key, Path bundle, long total) throws IOException {
		long start = System.nanoTime();
		try (OutputStream out = Files.newOutputStream(bundle)) {
			new BundleWriter(key.getPrivate(), key.getPublic().getEncoded(), Instant.now(), "Benchmark",
					BundleTexts.ENGLISH)
				.write(items, out);
		}
		return rate(total, start);
	}

	private static double verify(Path bundle, long total) throws IOException {
		long start = System.nanoTime();
		Verdict verdict = new BundleVerifier().verify(bundle);
		double rate = rate(total, start);
		if (!verdict.intact()) {
			throw new IllegalStateException("the bundle just written is not intact: " + verdict);
		}
		return rate;
	}

	private static void standardTools(Path work, Path bundle, long total) throws Exception {
		Path unpacked = Files.createDirectories(work.resolve("unpacked"));
		Run unzip = run(work, List.of("unzip", "-q", "-o", bundle.toString(), "-d", unpacked.toString()));
		if (unzip.exit() != 0) {
			System.out.println("unzip not available: standard-tools step skipped");
			return;
		}
		long start = System.nanoTime();
		Run check = run(unpacked, List.of("sh", "-c", "sha256sum -c --quiet manifest.sha256"));
		double rate = rate(total, start);
		start = System.nanoTime();
		Run openssl = run(unpacked, List.of("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "signing-key.pem",
				"-rawin", "-in", "manifest.sha256", "-sigfile", "manifest.sha256.sig"));
		long opensslMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		System.out.printf(Locale.ROOT, "standard tools: sha256sum -c manifest.sha256 %s at %.0f MB/s; openssl pkeyutl -verify %s in %d ms%n",
				(check.exit() == 0) ? "OK" : "FAILED", rate,
				openssl.output().contains("Signature Verified Successfully") ? "OK" : "FAILED", opensslMillis);
	}

	private static void tamper(Path bundle, Path work) throws IOException {
		byte[] bytes = Files.readAllBytes(bundle);
		bytes[bytes.length / 3] ^= 1;
		Path tampered = Files.write(work.resolve("tampered.zip"), bytes);
		Verdict verdict = new BundleVerifier().verify(tampered);
		System.out.println("one byte changed at a third of the bundle: "
				+ (verdict.intact() ? "NOT DETECTED" : "detected, " + verdict.badFile() + ": " + verdict.problem()));
	}

	private static List<BundleItem> randomFiles(Path folder, long total) throws IOException {
		SplittableRandom random = new SplittableRandom(20260);
		List<BundleItem> items = new ArrayList<>();
		for (Kind kind : KINDS) {
			long count = Math.max(1, Math.round(total * kind.share() / kind.size()));
			for (int i = 1; i <= count; i++) {
				byte[] bytes = new byte[(int) kind.size()];
				random.nextBytes(bytes);
				Path file = Files.write(folder.resolve(String.format(Locale.ROOT, "%s-%03d%s",
						kind.type().replace('/', '-'), i, kind.suffix())), bytes);
				items.add(new BundleItem(file.getFileName().toString(), sha256(bytes), bytes.length, kind.type(),
						Instant.now(), "Benchmark", List.of(), List.of(), () -> Files.newInputStream(file)));
			}
		}
		return items;
	}

	private static String describe(List<BundleItem> items) {
		StringBuilder text = new StringBuilder();
		for (Kind kind : KINDS) {
			long count = items.stream().filter((item) -> item.mediaType().equals(kind.type())).count();
			text.append(text.isEmpty() ? "" : ", ")
				.append(count)
				.append(" × ")
				.append(kind.size() >= MB ? kind.size() / MB + " MB " : kind.size() / 1024 + " KB ")
				.append(kind.type());
		}
		return text.toString();
	}

	private record Run(int exit, String output) {
	}

	private static Run run(Path folder, List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
		try {
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IOException("timed out: " + command);
			}
			return new Run(process.exitValue(), output);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static double rate(long bytes, long startNanos) {
		return (bytes / (double) MB) / ((System.nanoTime() - startNanos) / 1e9);
	}

	private static String sha256(byte[] bytes) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IOException(ex);
		}
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

}
