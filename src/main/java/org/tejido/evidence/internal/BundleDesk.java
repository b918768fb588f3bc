package org.tejido.evidence.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.Membership;
import org.tejido.collectives.Sealed;
import org.tejido.evidence.bundle.BundleItem;
import org.tejido.evidence.bundle.BundleTexts;
import org.tejido.evidence.bundle.BundleWriter;
import org.tejido.evidence.internal.EvidenceFiles.Copy;
import org.tejido.site.NotFound;

/**
 * Makes evidence bundles of a collective's items: the export is first recorded in each
 * item's custody (and so appears in the bundle itself), then the bundle is written and
 * signed with the collective's key, with no transaction held while it streams.
 */
@Service
public class BundleDesk {

	private final EvidenceRecords records;

	private final EvidenceFiles files;

	private final CustodyLedger custody;

	private final CollectiveKeys keys;

	private final SigningKeys signingKeys;

	private final EvidenceShelf shelf;

	BundleDesk(EvidenceRecords records, EvidenceFiles files, CustodyLedger custody, CollectiveKeys keys,
			SigningKeys signingKeys, EvidenceShelf shelf) {
		this.records = records;
		this.files = files;
		this.custody = custody;
		this.keys = keys;
		this.signingKeys = signingKeys;
		this.shelf = shelf;
	}

	/** A bundle ready to be written. */
	public record Prepared(BundleWriter writer, List<BundleItem> items) {

		public void writeTo(OutputStream out) throws IOException {
			this.writer.write(this.items, out);
		}

	}

	/**
	 * @throws Invalid if no item was chosen
	 * @throws NotFound if an id is not one of the collective's items
	 */
	@Transactional
	public Prepared prepare(Membership coordinator, List<UUID> chosen, BundleTexts texts) {
		LinkedHashSet<UUID> ids = new LinkedHashSet<>(chosen);
		if (ids.isEmpty()) {
			throw new Invalid("evidence.refused.none-chosen");
		}
		UUID collective = coordinator.collective();
		List<ItemRow> rows = this.records.items(collective, ids);
		if (rows.size() != ids.size()) {
			throw new NotFound();
		}
		for (ItemRow row : rows) {
			this.custody.record(collective, row.id(), "exported", coordinator.member(), null);
		}
		SigningKeys.SigningKey key = this.signingKeys.of(collective);
		Sealed sealed = this.keys.sealed(collective);
		List<BundleItem> items = new ArrayList<>();
		for (ItemRow row : rows) {
			items.add(item(row, sealed));
		}
		BundleWriter writer = new BundleWriter(key.privateKey(), key.publicKey(),
				Instant.now().truncatedTo(ChronoUnit.SECONDS), this.shelf.nameOf(collective, coordinator.member()),
				texts);
		return new Prepared(writer, List.copyOf(items));
	}

	private BundleItem item(ItemRow row, Sealed sealed) {
		UUID collective = row.collectiveId();
		List<BundleItem.Custody> ledger = this.custody.of(collective, row.id())
			.stream()
			.map((entry) -> new BundleItem.Custody(entry.at(), entry.action(),
					this.shelf.nameOf(collective, entry.member()),
					(entry.sealedNote() != null) ? sealed.open(CustodyRow.NOTE, entry.sealedNote()) : null))
			.toList();
		return new BundleItem(row.name(sealed), row.sha256(), row.size(), row.mediaType(), row.receivedAt(),
				this.shelf.nameOf(collective, row.submitter()), row.noticeList(), ledger,
				() -> this.files.open(collective, row.id(), Copy.ORIGINAL));
	}

}
