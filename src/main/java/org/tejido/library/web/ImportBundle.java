package org.tejido.library.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.springframework.http.HttpStatus;

import org.tejido.library.catalogue.BundleFiles;
import org.tejido.library.catalogue.CatalogueFormats;
import org.tejido.library.catalogue.RowSource;
import org.tejido.library.files.FileTooLarge;
import org.tejido.site.Refused;

/**
 * A catalogue with its files, sent as one ZIP: {@code catalogue.json} or
 * {@code catalogue.csv} at the top, and the files its rows name in their {@code files}
 * column. Unpacked into a temporary folder that is removed when the import ends; entries
 * that would land outside it, or that grow past the size limits, stop the import.
 */
final class ImportBundle implements BundleFiles, AutoCloseable {

	private static final int MAX_ENTRIES = 10_000;

	private static final int BUNDLE_FACTOR = 4;

	private final Path folder;

	private ImportBundle(Path folder) {
		this.folder = folder;
	}

	static ImportBundle unpack(InputStream body, long maxFileBytes) throws IOException {
		ImportBundle bundle = new ImportBundle(Files.createTempDirectory("tejido-import-"));
		try (ZipInputStream zip = new ZipInputStream(body)) {
			long total = 0;
			int entries = 0;
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MAX_ENTRIES) {
					throw new Refused(HttpStatus.UNPROCESSABLE_CONTENT, "import.too-many-files", MAX_ENTRIES);
				}
				if (!entry.isDirectory()) {
					total += bundle.write(entry.getName(), zip, maxFileBytes);
					if (total > maxFileBytes * BUNDLE_FACTOR) {
						throw new FileTooLarge(maxFileBytes * BUNDLE_FACTOR);
					}
				}
			}
			if (entries == 0) {
				throw new Refused(HttpStatus.BAD_REQUEST, "import.unreadable-zip");
			}
			return bundle;
		}
		catch (ZipException ex) {
			bundle.close();
			throw new Refused(HttpStatus.BAD_REQUEST, "import.unreadable-zip");
		}
		catch (IOException | RuntimeException ex) {
			bundle.close();
			throw ex;
		}
	}

	private long write(String name, InputStream in, long maxBytes) throws IOException {
		Path target = inside(name)
			.orElseThrow(() -> new Refused(HttpStatus.UNPROCESSABLE_CONTENT, "import.bad-entry", name));
		Files.createDirectories(target.getParent());
		long written = 0;
		byte[] buffer = new byte[64 * 1024];
		try (var out = Files.newOutputStream(target)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				written += read;
				if (written > maxBytes) {
					throw new FileTooLarge(maxBytes);
				}
				out.write(buffer, 0, read);
			}
		}
		return written;
	}

	/** The catalogue of the bundle, as rows read from its file. */
	RowSource rows(CatalogueFormats formats) {
		return catalogueJson().map(formats::jsonFile).orElseGet(() -> formats.csvFile(catalogueCsv()));
	}

	Optional<Path> catalogueJson() {
		return existing("catalogue.json");
	}

	Path catalogueCsv() {
		return existing("catalogue.csv")
			.orElseThrow(() -> new Refused(HttpStatus.UNPROCESSABLE_CONTENT, "import.no-catalogue-in-zip"));
	}

	@Override
	public Optional<Path> find(String name) {
		return existing(name);
	}

	private Optional<Path> existing(String name) {
		return inside(name).filter(Files::isRegularFile);
	}

	private Optional<Path> inside(String name) {
		if (name.isBlank() || name.contains("\0")) {
			return Optional.empty();
		}
		Path resolved = this.folder.resolve(name.replace('\\', '/')).normalize();
		return resolved.startsWith(this.folder) && !resolved.equals(this.folder) ? Optional.of(resolved)
				: Optional.empty();
	}

	@Override
	public void close() {
		try (Stream<Path> paths = Files.walk(this.folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
