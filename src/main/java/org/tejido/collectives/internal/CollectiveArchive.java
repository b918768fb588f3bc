package org.tejido.collectives.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.collectives.CollectiveExportPart;
import org.tejido.collectives.CollectiveExportPart.ExportFile;
import org.tejido.collectives.Membership;
import org.tejido.collectives.internal.Views.DocumentView;

/**
 * Everything a collective keeps, for the collective to take away: {@code collective.json}
 * (the collective, its members, sub-groups, invitations, files and activity log), every
 * file under {@code files/}, and {@code manifest.json} with the size and SHA-256 of each
 * of those entries. The export is logged in a short transaction of its own; the
 * collective and its files are then read without a lock, so a slow download holds up no
 * one.
 */
@Service
public class CollectiveArchive {

	private final CollectiveDirectory directory;

	private final Roster roster;

	private final GroupDirectory groups;

	private final InvitationDesk invitations;

	private final DocumentShelf shelf;

	private final ActivityLog log;

	private final JsonMapper json;

	private final TransactionTemplate recording;

	private final TransactionTemplate reading;

	private final List<CollectiveExportPart> parts;

	CollectiveArchive(CollectiveDirectory directory, Roster roster, GroupDirectory groups, InvitationDesk invitations,
			DocumentShelf shelf, ActivityLog log, JsonMapper json, PlatformTransactionManager transactions,
			List<CollectiveExportPart> parts) {
		this.parts = parts;
		this.directory = directory;
		this.roster = roster;
		this.groups = groups;
		this.invitations = invitations;
		this.shelf = shelf;
		this.log = log;
		this.json = json;
		this.recording = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** One entry of the manifest. */
	public record ManifestEntry(String path, long bytes, String sha256) {
	}

	public void write(Membership coordinator, OutputStream target) throws IOException {
		this.recording.executeWithoutResult((status) -> this.log.record(coordinator.collective(), coordinator.member(),
				"collective.exported", coordinator.collective()));
		List<ManifestEntry> manifest = new ArrayList<>();
		List<DocumentView> documents = this.shelf.visibleTo(coordinator);
		Map<String, Object> contents = Objects
			.requireNonNull(this.reading.execute((status) -> contents(coordinator, documents)));
		List<ExportFile> more = Objects.requireNonNull(this.reading
			.execute((status) -> this.parts.stream().flatMap((part) -> part.files(coordinator).stream()).toList()));
		try (ZipOutputStream zip = new ZipOutputStream(target)) {
			manifest.add(entry(zip, "collective.json", (out) -> this.json.writeValue(out, contents)));
			for (DocumentView document : documents) {
				manifest.add(entry(zip, fileName(document), (out) -> {
					try (InputStream in = this.shelf.open(coordinator, document.id())) {
						in.transferTo(out);
					}
				}));
			}
			for (ExportFile file : more) {
				manifest.add(entry(zip, file.path(), (out) -> out.write(file.content())));
			}
			Map<String, Object> summary = new LinkedHashMap<>();
			summary.put("algorithm", "SHA-256");
			summary.put("entries", manifest);
			entry(zip, "manifest.json", (out) -> this.json.writeValue(out, summary));
		}
	}

	static String fileName(DocumentView document) {
		return "files/" + document.id() + "-" + document.name().replaceAll("[^\\p{L}\\p{N}._-]", "_");
	}

	private Map<String, Object> contents(Membership coordinator, List<DocumentView> documents) {
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("format", "tejido-collective-export/1");
		contents.put("exportedAt", Instant.now().toString());
		contents.put("id", coordinator.collective());
		contents.put("collective", this.directory.details(coordinator.collective()));
		contents.put("members", this.roster.members(coordinator));
		contents.put("groups", this.groups.visibleTo(coordinator));
		contents.put("invitations", this.invitations.of(coordinator));
		contents.put("documents",
				documents.stream()
					.map((document) -> Map.of("document", document, "file", fileName(document)))
					.toList());
		contents.put("activity", this.log.entries(coordinator.collective()));
		contents.put("activityChainIntact", this.log.verify(coordinator.collective()).intact());
		return contents;
	}

	private static ManifestEntry entry(ZipOutputStream zip, String path, Writer writer) throws IOException {
		zip.putNextEntry(new ZipEntry(path));
		Hashing hashing = new Hashing(zip);
		writer.write(hashing);
		zip.closeEntry();
		return new ManifestEntry(path, hashing.bytes, HexFormat.of().formatHex(hashing.digest.digest()));
	}

	private interface Writer {

		void write(OutputStream out) throws IOException;

	}

	/** Counts and hashes what passes through, and never closes the zip underneath. */
	private static final class Hashing extends FilterOutputStream {

		private final MessageDigest digest;

		private long bytes;

		Hashing(OutputStream out) {
			super(out);
			try {
				this.digest = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.digest.update((byte) b);
			this.bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.digest.update(b, off, len);
			this.bytes += len;
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
