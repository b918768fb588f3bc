package org.tejido.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.Sealed;
import org.tejido.evidence.EvidenceLocker;
import org.tejido.evidence.EvidenceRefused;
import org.tejido.evidence.SealedItem;
import org.tejido.evidence.internal.EvidenceFiles.Copy;

/**
 * Seals files on arrival: reads them whole (up to the limit), inspects them, writes the
 * original and the shared copy encrypted, and records the item and its receipt.
 */
@Service
class Locker implements EvidenceLocker {

	static final int MAX_NAME = 200;

	private final EvidenceRecords records;

	private final EvidenceFiles files;

	private final CustodyLedger custody;

	private final CollectiveKeys keys;

	private final long maxBytes;

	Locker(EvidenceRecords records, EvidenceFiles files, CustodyLedger custody, CollectiveKeys keys,
			EvidenceSettings settings) {
		this.records = records;
		this.files = files;
		this.custody = custody;
		this.keys = keys;
		this.maxBytes = settings.maxFileSize().toBytes();
	}

	/**
	 * Everything that can refuse a file happens before anything is written, and a refusal
	 * leaves the caller's transaction usable.
	 */
	@Override
	@Transactional(noRollbackFor = EvidenceRefused.class)
	public SealedItem seal(UUID collective, @Nullable UUID submitter, String fileName, InputStream content) {
		Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String name = checkedName(fileName);
		Inspection inspection = Inspection.of(name, read(content), receivedAt, this.records.keepsMetadata(collective));
		UUID id = UUID.randomUUID();
		this.files.write(collective, id, Copy.ORIGINAL, inspection.original());
		if (inspection.sharedApart()) {
			this.files.write(collective, id, Copy.SHARED, inspection.shared());
		}
		Sealed sealed = this.keys.sealed(collective);
		ItemRow row = new ItemRow(id, collective, Objects.requireNonNull(sealed.seal(ItemRow.NAME, name)),
				inspection.mediaType(), inspection.size(), inspection.sha256(), Inspection.sha256(inspection.shared()),
				inspection.shared().length, inspection.sharedApart(), receivedAt, submitter,
				sealed.seal(ItemRow.METADATA, String.join("\n", inspection.metadata().lines())),
				String.join(",", inspection.notices()));
		this.records.insert(row);
		this.custody.record(collective, id, "received", submitter, null);
		return row.sealedItem(sealed);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SealedItem> items(UUID collective, Collection<UUID> ids) {
		Sealed sealed = this.keys.sealed(collective);
		return this.records.items(collective, ids).stream().map((row) -> row.sealedItem(sealed)).toList();
	}

	private byte[] read(InputStream content) {
		try {
			byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
			if (bytes.length > this.maxBytes) {
				throw new EvidenceRefused("evidence.refused.too-large", 413);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String checkedName(String name) {
		String stripped = name.replace('\\', '/').replaceAll(".*/", "").replaceAll("\\p{Cntrl}", "").strip();
		if (stripped.isEmpty()) {
			throw new EvidenceRefused("evidence.refused.no-name", 422);
		}
		return (stripped.length() > MAX_NAME) ? stripped.substring(stripped.length() - MAX_NAME) : stripped;
	}

}
