package org.tejido.library.packs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import org.tejido.library.LibrarySettings;
import org.tejido.site.Lang;

/**
 * Builds offline packs of the library (see {@code docs/library-packs.md}): renders the
 * site, compares it with the previous pack of the same languages, signs the manifest and
 * writes the ZIP. The manifest of each pack is kept in the packs folder, so that the next
 * pack of the same languages lists what changed.
 */
@Service
public class LibraryPacks {

	private static final DateTimeFormatter BUILT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final PackSite site;

	private final LibrarySettings settings;

	LibraryPacks(PackSite site, LibrarySettings settings) {
		this.site = site;
		this.settings = settings;
	}

	/** The fingerprint of the key that signs packs (made if there is none yet). */
	public String fingerprint() {
		return key().fingerprint();
	}

	/**
	 * Writes a pack of these languages to a file.
	 * @param since an earlier pack to compare with, instead of the last one built here
	 */
	public PackReport build(List<Lang> langs, Path zip, @Nullable Path since) throws IOException {
		List<Lang> languages = langs.stream().distinct().toList();
		if (languages.isEmpty()) {
			throw new IllegalArgumentException("a pack needs at least one language");
		}
		PackKey key = key();
		PackContent content = this.site.render(languages);
		TreeMap<String, byte[]> texts = new TreeMap<>(content.texts());
		texts.put(PackLayout.SCRIPT, classpath("library/pack/search.js"));
		texts.put(PackLayout.KEY, key.publicPem().getBytes(StandardCharsets.UTF_8));
		Map<String, String> hashes = new TreeMap<>();
		texts.forEach((path, bytes) -> hashes.put(path, Manifest.sha256(bytes)));
		content.files().forEach((file) -> hashes.put(file.path(), file.sha256()));

		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		PackChanges changes = PackChanges.between(sinceLabel(since, languages), previous(since, languages),
				Manifest.of(hashes));
		String builtAt = BUILT.format(now);
		put(texts, hashes, PackLayout.CHANGES, changes.text(builtAt).getBytes(StandardCharsets.UTF_8));
		for (Lang lang : languages) {
			put(texts, hashes, lang.code() + "/changes.html", this.site.changesPage(lang, languages, changes));
		}
		put(texts, hashes, PackLayout.README,
				PackReadMe.text(codes(languages, ", "), builtAt, key.fingerprint()).getBytes(StandardCharsets.UTF_8));
		Manifest manifest = Manifest.of(hashes);
		write(zip, texts, content.files(), manifest, key.sign(manifest.bytes()));
		remember(languages, manifest);
		return new PackReport(hashes.size() + 2, content.resources(), content.files().size(), content.leftOut(),
				Files.size(zip), key.fingerprint(), changes);
	}

	private static void put(Map<String, byte[]> texts, Map<String, String> hashes, String path, byte[] bytes) {
		texts.put(path, bytes);
		hashes.put(path, Manifest.sha256(bytes));
	}

	private void write(Path zip, Map<String, byte[]> texts, List<PackContent.CopiedFile> files, Manifest manifest,
			byte[] signature) throws IOException {
		Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
		try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream out = new ZipOutputStream(file)) {
			entry(out, PackLayout.INDEX, texts.get(PackLayout.INDEX));
			for (Map.Entry<String, byte[]> text : texts.entrySet()) {
				if (!text.getKey().equals(PackLayout.INDEX)) {
					entry(out, text.getKey(), text.getValue());
				}
			}
			for (PackContent.CopiedFile copied : files) {
				out.putNextEntry(new ZipEntry(copied.path()));
				try (InputStream in = Files.newInputStream(copied.stored())) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
			entry(out, Manifest.FILE, manifest.bytes());
			entry(out, PackLayout.SIGNATURE, signature);
		}
		Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING);
	}

	private static void entry(ZipOutputStream out, String path, byte[] bytes) throws IOException {
		out.putNextEntry(new ZipEntry(path));
		out.write(bytes);
		out.closeEntry();
	}

	private Manifest previous(@Nullable Path since, List<Lang> langs) throws IOException {
		if (since != null) {
			try (ZipFile zip = new ZipFile(since.toFile(), StandardCharsets.UTF_8)) {
				ZipEntry entry = zip.getEntry(Manifest.FILE);
				if (entry == null) {
					throw new IOException(since + " holds no " + Manifest.FILE + ": it is not a pack");
				}
				try (InputStream in = zip.getInputStream(entry)) {
					return Manifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		Path last = lastManifest(langs);
		return Files.exists(last) ? Manifest.parse(Files.readString(last)) : Manifest.of(Map.of());
	}

	private String sinceLabel(@Nullable Path since, List<Lang> langs) throws IOException {
		if (since != null) {
			return String.valueOf(since.getFileName());
		}
		Path last = lastManifest(langs);
		return Files.exists(last) ? BUILT.format(Files.getLastModifiedTime(last).toInstant()) : "none";
	}

	private void remember(List<Lang> langs, Manifest manifest) throws IOException {
		Path last = lastManifest(langs);
		Files.createDirectories(last.getParent());
		Path partial = last.resolveSibling(last.getFileName() + ".partial");
		Files.write(partial, manifest.bytes());
		Files.move(partial, last, StandardCopyOption.REPLACE_EXISTING);
	}

	/** The last pack's manifest of a set of languages, whatever their order. */
	private Path lastManifest(List<Lang> langs) {
		return this.settings.packsDir()
			.resolve("last")
			.resolve(langs.stream().map(Lang::code).sorted().collect(Collectors.joining("-")) + ".sha256");
	}

	private PackKey key() {
		return PackKey.in(this.settings.packsDir());
	}

	private static String codes(List<Lang> langs, String separator) {
		return langs.stream().map(Lang::code).collect(Collectors.joining(separator));
	}

	private static byte[] classpath(String location) {
		try (InputStream in = LibraryPacks.class.getClassLoader().getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException(location + " is missing from the class path");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
