package org.tejido.collectives;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.collectives.keys.UnreadableData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each collective's sensitive values are sealed with its own key, which the database only
 * holds wrapped by a master key kept elsewhere.
 */
public interface CollectiveKeysContract {

	CollectiveKeys keys();

	JdbcClient jdbc();

	@Test
	default void sealsEachCollectivesValuesWithItsOwnKey() {
		UUID rio = UUID.randomUUID();
		UUID montana = UUID.randomUUID();
		keys().create(rio);
		keys().create(montana);
		byte[] sealed = keys().encrypt(rio, "member.name", "Rosa MARKER-7731");
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("MARKER-7731");
		assertThat(keys().decrypt(rio, "member.name", sealed)).isEqualTo("Rosa MARKER-7731");
		assertThatThrownBy(() -> keys().decrypt(montana, "member.name", sealed)).isInstanceOf(UnreadableData.class);
		assertThatThrownBy(() -> keys().decrypt(rio, "member.phone", sealed)).isInstanceOf(UnreadableData.class);
	}

	@Test
	default void destroyingACollectivesKeyMakesItsDataUnreadable() {
		UUID collective = UUID.randomUUID();
		keys().create(collective);
		byte[] sealed = keys().encrypt(collective, "note", "meeting at the river, MARKER-9");
		keys().destroy(collective);
		assertThatThrownBy(() -> keys().decrypt(collective, "note", sealed)).isInstanceOf(UnreadableData.class);
	}

	@Test
	default void theDatabaseHoldsDataKeysOnlyWrapped() {
		UUID collective = UUID.randomUUID();
		keys().create(collective);
		String stored = jdbc().sql("select wrapped_key from collective_key where collective_id = ?")
			.param(collective)
			.query(String.class)
			.single();
		assertThatThrownBy(() -> TinkProtoKeysetFormat.parseKeyset(Base64.getDecoder().decode(stored),
				InsecureSecretKeyAccess.get()))
			.isInstanceOf(java.security.GeneralSecurityException.class);
	}

	@Test
	default void blindIndexesAreStableKeyedAndDistinct() throws Exception {
		String phone = "+573001234567";
		assertThat(keys().blindIndex(phone)).isEqualTo(keys().blindIndex(phone)).hasSize(64);
		assertThat(keys().blindIndex(phone)).isNotEqualTo(keys().blindIndex("+573001234568"));
		String unkeyed = java.util.HexFormat.of()
			.formatHex(
					java.security.MessageDigest.getInstance("SHA-256").digest(phone.getBytes(StandardCharsets.UTF_8)));
		assertThat(keys().blindIndex(phone)).isNotEqualTo(unkeyed);
	}

}
