package org.tejido.evidence.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.CollectiveKeys;

/**
 * Records every action on an item twice: in its custody ledger, and in the collective's
 * tamper-evident activity chain ({@code evidence.<action>}).
 */
@Component
class CustodyLedger {

	static final List<String> ACTIONS = List.of("received", "viewed", "shared-downloaded", "annotated", "exported");

	private final EvidenceRecords records;

	private final CollectiveActivity activity;

	private final CollectiveKeys keys;

	CustodyLedger(EvidenceRecords records, CollectiveActivity activity, CollectiveKeys keys) {
		this.records = records;
		this.activity = activity;
		this.keys = keys;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void record(UUID collective, UUID item, String action, @Nullable UUID member, @Nullable String note) {
		this.records.insert(collective,
				new CustodyRow(UUID.randomUUID(), item, Instant.now().truncatedTo(ChronoUnit.MILLIS), action, member,
						this.keys.sealed(collective).seal(CustodyRow.NOTE, note)));
		this.activity.record(collective, member, "evidence." + action, item);
	}

	List<CustodyRow> of(UUID collective, UUID item) {
		return this.records.custody(collective, item);
	}

}
