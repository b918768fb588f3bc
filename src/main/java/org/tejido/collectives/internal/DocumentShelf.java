package org.tejido.collectives.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.tika.Tika;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.Sealed;
import org.tejido.collectives.CollectivesSettings;
import org.tejido.collectives.Membership;
import org.tejido.collectives.internal.Views.DocumentView;
import org.tejido.site.NotFound;

/**
 * A collective's files: written encrypted with its file key, one folder per collective,
 * so deleting the collective's key leaves them unreadable and its folder can be removed
 * whole. Allies see only the files shared with allies.
 */
@Service
public class DocumentShelf {

	static final int MAX_NAME = 200;

	private final Documents documents;

	private final CollectiveKeys keys;

	private final Seals seals;

	private final ActivityLog log;

	private final Path root;

	DocumentShelf(Documents documents, CollectiveKeys keys, Seals seals, ActivityLog log,
			CollectivesSettings settings) {
		this.documents = documents;
		this.keys = keys;
		this.seals = seals;
		this.log = log;
		this.root = settings.filesDir();
	}

	@Transactional(readOnly = true)
	public List<DocumentView> visibleTo(Membership viewer) {
		Sealed sealed = this.seals.of(viewer.collective());
		return this.documents.findByCollectiveIdOrderByStoredAtDesc(viewer.collective())
			.stream()
			.filter((document) -> !viewer.isAlly() || document.sharedWithAllies())
			.map((document) -> view(document, sealed))
			.toList();
	}

	@Transactional(readOnly = true)
	public DocumentView document(Membership viewer, UUID id) {
		return view(find(viewer, id), this.seals.of(viewer.collective()));
	}

	/**
	 * Stores a file, encrypted; its type is read from its first bytes. The file is
	 * removed again if the transaction that records it does not commit.
	 * @throws Invalid if it has no name or is empty
	 */
	@Transactional
	public UUID store(Membership member, String name, InputStream content, boolean sharedWithAllies) {
		String checked = checkedName(name);
		UUID id = UUID.randomUUID();
		Path target = fileOf(member.collective(), id);
		Path partial = target.resolveSibling(id + ".partial");
		try {
			Files.createDirectories(target.getParent());
			Sniffed sniffed = writeEncrypted(member.collective(), id, content, partial);
			if (sniffed.size() == 0) {
				throw new Invalid("collectives.document-empty");
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			deleteOnRollback(target);
			this.documents.save(new Document(id, member.collective(),
					Objects.requireNonNull(this.seals.of(member.collective()).seal("document.name", checked)),
					sniffed.mediaType(), sniffed.size(), sharedWithAllies, Instant.now()));
			this.log.record(member.collective(), member.member(), "document.stored", id);
			return id;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(partial);
		}
	}

	/** The decrypted bytes of a file; the caller closes the stream. */
	@Transactional(readOnly = true)
	public InputStream open(Membership viewer, UUID id) {
		Document document = find(viewer, id);
		try {
			return this.keys.decrypting(viewer.collective(), "document:" + document.id(),
					Files.newInputStream(fileOf(viewer.collective(), id)));
		}
		catch (IOException ex) {
			throw new NotFound();
		}
	}

	/**
	 * Removes the folder of a collective's files, once its key is gone, with what other
	 * modules keep in it (evidence, in its own sub-folder).
	 */
	void removeAll(UUID collective) {
		Path folder = this.root.resolve(collective.toString());
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (var files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder())
				.filter((file) -> !file.equals(folder))
				.forEach(DocumentShelf::deleteQuietly);
			Files.deleteIfExists(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Sniffed writeEncrypted(UUID collective, UUID id, InputStream content, Path partial) throws IOException {
		try (InputStream in = new java.io.BufferedInputStream(content);
				OutputStream out = this.keys.encrypting(collective, "document:" + id, Files.newOutputStream(partial))) {
			in.mark(8192);
			String mediaType = TypeDetection.TIKA.detect(in);
			in.reset();
			return new Sniffed(mediaType, in.transferTo(out));
		}
	}

	private Document find(Membership viewer, UUID id) {
		return this.documents.findByCollectiveIdAndId(viewer.collective(), id)
			.filter((document) -> !viewer.isAlly() || document.sharedWithAllies())
			.orElseThrow(NotFound::new);
	}

	private Path fileOf(UUID collective, UUID id) {
		return this.root.resolve(collective.toString()).resolve(id.toString());
	}

	private static DocumentView view(Document document, Sealed sealed) {
		return new DocumentView(document.id(), document.name(sealed), document.mediaType(), document.size(),
				document.sharedWithAllies(), document.storedAt());
	}

	private static String checkedName(String name) {
		String stripped = name.replace('\\', '/').replaceAll(".*/", "").replaceAll("\\p{Cntrl}", "").strip();
		if (stripped.isEmpty()) {
			throw new Invalid("collectives.document-name-required");
		}
		return stripped.length() > MAX_NAME ? stripped.substring(0, MAX_NAME) : stripped;
	}

	private static void deleteOnRollback(Path file) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					deleteQuietly(file);
				}
			}
		});
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// left for the next removal of the folder
		}
	}

	private record Sniffed(String mediaType, long size) {
	}

	/**
	 * Made on the first upload rather than at start: Tika reads its configuration and
	 * every detector it ships when it is created.
	 */
	private static final class TypeDetection {

		static final Tika TIKA = new Tika();

	}

}
