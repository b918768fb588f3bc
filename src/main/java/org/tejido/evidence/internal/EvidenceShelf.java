package org.tejido.evidence.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.CollectivePeople;
import org.tejido.collectives.Membership;
import org.tejido.collectives.Sealed;
import org.tejido.evidence.internal.EvidenceFiles.Copy;
import org.tejido.evidence.internal.Views.CustodyView;
import org.tejido.evidence.internal.Views.Download;
import org.tejido.evidence.internal.Views.ItemPage;
import org.tejido.evidence.internal.Views.ItemSummary;
import org.tejido.site.NotFound;

/**
 * A collective's evidence as its pages show it: the items, each with its custody, their
 * copies to download (each download in the ledger), notes, and the metadata setting.
 */
@Service
public class EvidenceShelf {

	static final int MAX_NOTE = 2000;

	private final EvidenceRecords records;

	private final EvidenceFiles files;

	private final CustodyLedger custody;

	private final CollectiveKeys keys;

	private final CollectivePeople people;

	private final CollectiveActivity activity;

	private final SigningKeys signingKeys;

	EvidenceShelf(EvidenceRecords records, EvidenceFiles files, CustodyLedger custody, CollectiveKeys keys,
			CollectivePeople people, CollectiveActivity activity, SigningKeys signingKeys) {
		this.records = records;
		this.files = files;
		this.custody = custody;
		this.keys = keys;
		this.people = people;
		this.activity = activity;
		this.signingKeys = signingKeys;
	}

	@Transactional(readOnly = true)
	public List<ItemSummary> items(Membership viewer) {
		Sealed sealed = this.keys.sealed(viewer.collective());
		return this.records.items(viewer.collective())
			.stream()
			.map((row) -> new ItemSummary(row.id(), row.name(sealed), row.mediaType(), row.size(), row.receivedAt(),
					row.noticeList()))
			.toList();
	}

	@Transactional(readOnly = true)
	public ItemPage item(Membership viewer, UUID id) {
		ItemRow row = find(viewer, id);
		Sealed sealed = this.keys.sealed(viewer.collective());
		List<CustodyView> ledger = this.custody.of(viewer.collective(), id)
			.stream()
			.map((entry) -> new CustodyView(entry.at(), entry.action(), nameOf(viewer.collective(), entry.member()),
					sealed.open(CustodyRow.NOTE, entry.sealedNote())))
			.toList();
		return new ItemPage(row.id(), row.name(sealed), row.mediaType(), row.size(), row.sha256(), row.sharedSha256(),
				row.sharedSize(), row.receivedAt(), nameOf(viewer.collective(), row.submitter()), row.noticeList(),
				ledger, viewer.isCoordinator() ? row.metadataLines(sealed) : List.of());
	}

	/** The original as it arrived, for coordinators; the download is in the ledger. */
	@Transactional
	public Download original(Membership coordinator, UUID id) {
		ItemRow row = find(coordinator, id);
		this.custody.record(coordinator.collective(), id, "viewed", coordinator.member(), null);
		return new Download(row.name(this.keys.sealed(coordinator.collective())), row.mediaType(), row.size(),
				() -> this.files.open(coordinator.collective(), id, Copy.ORIGINAL));
	}

	/** The copy that may be shared; the download is in the ledger. */
	@Transactional
	public Download shared(Membership viewer, UUID id) {
		ItemRow row = find(viewer, id);
		this.custody.record(viewer.collective(), id, "shared-downloaded", viewer.member(), null);
		Copy copy = row.sharedApart() ? Copy.SHARED : Copy.ORIGINAL;
		return new Download(row.name(this.keys.sealed(viewer.collective())), row.mediaType(), row.sharedSize(),
				() -> this.files.open(viewer.collective(), id, copy));
	}

	/**
	 * @throws Invalid if the note is empty or too long
	 */
	@Transactional
	public void annotate(Membership member, UUID id, String note) {
		find(member, id);
		String text = note.strip();
		if (text.isEmpty() || text.length() > MAX_NOTE) {
			throw new Invalid(text.isEmpty() ? "evidence.note-required" : "evidence.note-too-long");
		}
		this.custody.record(member.collective(), id, "annotated", member.member(), text);
	}

	@Transactional(readOnly = true)
	public boolean keepsMetadata(Membership viewer) {
		return this.records.keepsMetadata(viewer.collective());
	}

	@Transactional
	public void keepMetadata(Membership coordinator, boolean keep) {
		this.records.keepMetadata(coordinator.collective(), keep);
		this.activity.record(coordinator.collective(), coordinator.member(),
				keep ? "evidence.metadata-kept" : "evidence.metadata-stripped", null);
	}

	/** The fingerprint of the collective's signing key, made now if it has none. */
	@Transactional
	public String fingerprint(Membership viewer) {
		return this.signingKeys.of(viewer.collective()).fingerprint();
	}

	String nameOf(UUID collective, @Nullable UUID member) {
		if (member == null) {
			return "";
		}
		return this.people.find(collective, member).map(CollectivePeople.Person::name).orElse("");
	}

	private ItemRow find(Membership viewer, UUID id) {
		return this.records.item(viewer.collective(), id).orElseThrow(NotFound::new);
	}

}
