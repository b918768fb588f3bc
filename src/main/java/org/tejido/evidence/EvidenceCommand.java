package org.tejido.evidence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.tejido.evidence.bundle.BundleVerifier;
import org.tejido.evidence.bundle.Verdict;

/**
 * {@code java -jar tejido.jar evidence verify BUNDLE.zip}: checks an evidence bundle
 * offline, without a database or a Spring context. Exits 0 when it is intact, 1 when it
 * was tampered with or is not signed (naming the first bad file), 64 when called wrongly.
 */
public final class EvidenceCommand {

	public static final int INTACT = 0;

	public static final int TAMPERED = 1;

	public static final int USAGE = 64;

	private final PrintStream out;

	private final PrintStream err;

	public EvidenceCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String[] args) {
		List<String> words = words(args);
		if (words.size() != 3 || !words.get(1).equals("verify")) {
			return usage();
		}
		Path bundle = Path.of(words.get(2));
		if (!Files.isRegularFile(bundle)) {
			this.err.println("No such file: " + bundle);
			return usage();
		}
		try {
			return report(new BundleVerifier().verify(bundle));
		}
		catch (IOException ex) {
			this.out.println("TAMPERED: " + bundle.getFileName() + ": cannot be read (" + ex.getMessage() + ")");
			return TAMPERED;
		}
	}

	private int report(Verdict verdict) {
		if (!verdict.intact()) {
			this.out.println("TAMPERED: " + verdict.badFile() + ": " + verdict.problem());
			return TAMPERED;
		}
		this.out.println("INTACT: " + verdict.items() + " item(s), created at " + verdict.createdAt());
		this.out.println("Signed by the key with fingerprint " + verdict.fingerprint());
		this.out.println("Compare it with the fingerprint the collective gave you by another way.");
		return INTACT;
	}

	private int usage() {
		this.err.println("Usage: java -jar tejido.jar evidence verify BUNDLE.zip");
		this.err.println("Exit status: 0 intact, 1 tampered or unsigned, 64 called wrongly.");
		return USAGE;
	}

	private static List<String> words(String[] args) {
		return Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toList();
	}

}
