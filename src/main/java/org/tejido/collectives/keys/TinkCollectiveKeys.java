package org.tejido.collectives.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveKeys;

/**
 * Envelope encryption with Google Tink: each collective has an AES-256-GCM data key,
 * stored only as ciphertext under the master key (bound to the collective's id), and
 * cached in memory once unwrapped.
 */
@Component
class TinkCollectiveKeys implements CollectiveKeys {

	private static final org.apache.commons.logging.Log log = org.apache.commons.logging.LogFactory
		.getLog(TinkCollectiveKeys.class);

	private final JdbcClient jdbc;

	private final MasterKeys master;

	private final Map<UUID, Aead> fieldKeys = new ConcurrentHashMap<>();

	private final Map<UUID, StreamingAead> fileKeys = new ConcurrentHashMap<>();

	TinkCollectiveKeys(JdbcClient jdbc, @Value("${tejido.collectives.key-dir:${tejido.data-dir}/keys}") Path keyDir,
			@Value("${tejido.data-dir}") Path dataDir,
			@Value("${tejido.site-url:http://localhost:8080}") String siteUrl,
			@Value("${tejido.collectives.allow-keys-in-data-dir:false}") boolean allowedInside) {
		this.jdbc = jdbc;
		judge(new KeyPlacement(keyDir, dataDir, siteUrl, allowedInside));
		this.master = MasterKeys.in(keyDir);
	}

	private static void judge(KeyPlacement placement) {
		switch (placement.verdict()) {
			case REFUSE -> throw new IllegalStateException(placement.explanation());
			case WARN -> log.warn("\n\n*** " + placement.explanation() + " ***\n");
			case SEPARATE -> {
			}
		}
	}

	@Override
	@Transactional
	public void create(UUID collective) {
		try {
			String fieldKey = wrap(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), collective);
			String fileKey = wrap(KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB),
					collective);
			this.jdbc
				.sql("insert into collective_key (collective_id, wrapped_key, wrapped_file_key, created_at)"
						+ " values (?, ?, ?, ?)")
				.params(collective, fieldKey, fileKey, OffsetDateTime.now(ZoneOffset.UTC))
				.update();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public byte[] encrypt(UUID collective, String field, String value) {
		try {
			return aead(collective).encrypt(value.getBytes(StandardCharsets.UTF_8), associated(collective, field));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String decrypt(UUID collective, String field, byte[] ciphertext) {
		try {
			return new String(aead(collective).decrypt(ciphertext, associated(collective, field)),
					StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new UnreadableData(collective);
		}
	}

	@Override
	public OutputStream encrypting(UUID collective, String name, OutputStream ciphertext) {
		try {
			return streaming(collective).newEncryptingStream(ciphertext, associated(collective, name));
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new UnreadableData(collective);
		}
	}

	@Override
	public InputStream decrypting(UUID collective, String name, InputStream ciphertext) {
		try {
			return streaming(collective).newDecryptingStream(ciphertext, associated(collective, name));
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new UnreadableData(collective);
		}
	}

	@Override
	public String blindIndex(String value) {
		try {
			return HexFormat.of()
				.formatHex(this.master.indexing().computePrimary(value.getBytes(StandardCharsets.UTF_8), 32));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	@Transactional
	public void destroy(UUID collective) {
		this.fieldKeys.remove(collective);
		this.fileKeys.remove(collective);
		this.jdbc.sql("delete from collective_key where collective_id = ?").param(collective).update();
	}

	@Override
	@Transactional
	public int rewrapUnderNewMasterKey() {
		try {
			this.master.addPrimary();
			List<UUID> collectives = this.jdbc.sql("select collective_id from collective_key").query(UUID.class).list();
			for (UUID collective : collectives) {
				this.jdbc.sql("update collective_key set wrapped_key = ?, wrapped_file_key = ? where collective_id = ?")
					.params(wrap(unwrap(collective, "wrapped_key"), collective),
							wrap(unwrap(collective, "wrapped_file_key"), collective), collective)
					.update();
			}
			return collectives.size();
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("The master key could not be rotated", ex);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public int retireOldMasterKeys() {
		try {
			Aead primaryOnly = this.master.primaryOnly();
			for (String column : List.of("wrapped_key", "wrapped_file_key")) {
				for (var row : this.jdbc.sql("select collective_id, " + column + " from collective_key")
					.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
					.list()) {
					TinkProtoKeysetFormat.parseEncryptedKeyset(Base64.getDecoder().decode(row.getValue()), primaryOnly,
							associated(row.getKey()));
				}
			}
			return this.master.retireAllButPrimary();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Some keys are still wrapped by an old master key; nothing was retired",
					ex);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Aead aead(UUID collective) {
		return this.fieldKeys.computeIfAbsent(collective, (id) -> primitive(unwrap(id, "wrapped_key"), id, Aead.class));
	}

	private StreamingAead streaming(UUID collective) {
		return this.fileKeys.computeIfAbsent(collective,
				(id) -> primitive(unwrap(id, "wrapped_file_key"), id, StreamingAead.class));
	}

	private static <P> P primitive(KeysetHandle key, UUID collective, Class<P> type) {
		try {
			return key.getPrimitive(RegistryConfiguration.get(), type);
		}
		catch (GeneralSecurityException ex) {
			throw new UnreadableData(collective);
		}
	}

	private String wrap(KeysetHandle key, UUID collective) throws GeneralSecurityException {
		return Base64.getEncoder()
			.encodeToString(TinkProtoKeysetFormat.serializeEncryptedKeyset(key, this.master.wrapping(),
					associated(collective)));
	}

	private KeysetHandle unwrap(UUID collective, String column) {
		String wrapped = this.jdbc.sql("select " + column + " from collective_key where collective_id = ?")
			.param(collective)
			.query(String.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new UnreadableData(collective));
		try {
			return TinkProtoKeysetFormat.parseEncryptedKeyset(Base64.getDecoder().decode(wrapped),
					this.master.wrapping(), associated(collective));
		}
		catch (GeneralSecurityException ex) {
			throw new UnreadableData(collective);
		}
	}

	private static byte[] associated(UUID collective) {
		return ("tejido:collective:" + collective).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] associated(UUID collective, String field) {
		return ("tejido:collective:" + collective + ":" + field).getBytes(StandardCharsets.UTF_8);
	}

}
