package org.tejido.messaging.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.collectives.CollectiveKeys;

/**
 * Seals and opens messaging's sensitive fields with each collective's own key, and the
 * coalition line's with the coalition's key: a data key like a collective's, kept under
 * the fixed id {@link #COALITION} and made on first use.
 */
@Component
public class Sealing {

	/** The id the coalition's key is kept under; no collective has it. */
	public static final UUID COALITION = new UUID(0, 0);

	private final CollectiveKeys keys;

	private final TransactionTemplate apart;

	private volatile boolean coalitionKeyMade;

	Sealing(CollectiveKeys keys, PlatformTransactionManager transactions) {
		this.keys = keys;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	byte[] seal(UUID collective, String field, String value) {
		ready(collective);
		return this.keys.encrypt(collective, "messaging." + field, value);
	}

	byte @Nullable [] sealOrNull(UUID collective, String field, @Nullable String value) {
		return (value == null || value.isEmpty()) ? null : seal(collective, field, value);
	}

	String open(UUID collective, String field, byte @Nullable [] sealed) {
		return (sealed == null) ? "" : this.keys.decrypt(collective, "messaging." + field, sealed);
	}

	/** A keyed hash that finds a value again without keeping it readable. */
	String index(String kind, String value) {
		return this.keys.blindIndex("messaging." + kind + ":" + value);
	}

	/** Makes the coalition's key the first time something is sealed with it. */
	private void ready(UUID collective) {
		if (this.coalitionKeyMade || !COALITION.equals(collective)) {
			return;
		}
		try {
			this.keys.encrypt(COALITION, "messaging.probe", "");
		}
		catch (RuntimeException missing) {
			try {
				this.apart.executeWithoutResult((status) -> this.keys.create(COALITION));
			}
			catch (DataIntegrityViolationException madeMeanwhile) {
				// another node made it
			}
		}
		this.coalitionKeyMade = true;
	}

}
