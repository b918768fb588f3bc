package org.tejido.evidence.internal;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.evidence.bundle.Ed25519;

/**
 * Each collective's Ed25519 key for signing evidence bundles, made on first use; its
 * private part is kept sealed with the collective's key, so it goes when that key does.
 */
@Component
class SigningKeys {

	static final String PRIVATE = "evidence_signing_key.private";

	private final JdbcClient jdbc;

	private final CollectiveKeys keys;

	SigningKeys(JdbcClient jdbc, CollectiveKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** A collective's signing key: its private part and its public part (SPKI, DER). */
	record SigningKey(PrivateKey privateKey, byte[] publicKey) {

		String fingerprint() {
			return Ed25519.fingerprint(this.publicKey);
		}

	}

	@Transactional
	SigningKey of(UUID collective) {
		return find(collective).orElseGet(() -> create(collective));
	}

	private Optional<SigningKey> find(UUID collective) {
		return this.jdbc.sql("select public_key, sealed_private from evidence_signing_key where collective_id = ?")
			.param(collective)
			.query((row, number) -> new SigningKey(
					Ed25519.privateKey(Base64.getDecoder()
						.decode(this.keys.sealed(collective).open(PRIVATE, row.getBytes("sealed_private")))),
					row.getBytes("public_key")))
			.optional();
	}

	private SigningKey create(UUID collective) {
		// two first uses at once: the second waits here, then finds the key the first
		// made
		this.jdbc.sql("select id from collective where id = ? for update").param(collective).query(UUID.class).single();
		Optional<SigningKey> made = find(collective);
		if (made.isPresent()) {
			return made.get();
		}
		KeyPair pair = Ed25519.generate();
		byte[] sealedPrivate = Objects.requireNonNull(this.keys.sealed(collective)
			.seal(PRIVATE, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())));
		this.jdbc
			.sql("insert into evidence_signing_key (collective_id, public_key, sealed_private, created_at)"
					+ " values (?, ?, ?, ?)")
			.params(collective, pair.getPublic().getEncoded(), sealedPrivate, OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return new SigningKey(pair.getPrivate(), pair.getPublic().getEncoded());
	}

}
