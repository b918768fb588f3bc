package org.tejido.collectives.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import com.google.crypto.tink.prf.PrfSet;

/**
 * The server's master keys, kept in files outside the database (by default under the data
 * directory, created on first start, readable by the owner only): one wraps the
 * collectives' data keys, one computes blind indexes. Operators who keep them elsewhere
 * point {@code tejido.collectives.key-dir} at another folder.
 */
final class MasterKeys {

	static final String WRAPPING = "master-aead.json";

	static final String INDEXING = "master-prf.json";

	private final Aead wrapping;

	private final PrfSet indexing;

	private MasterKeys(Aead wrapping, PrfSet indexing) {
		this.wrapping = wrapping;
		this.indexing = indexing;
	}

	static MasterKeys in(Path folder) {
		try {
			AeadConfig.register();
			PrfConfig.register();
			StreamingAeadConfig.register();
			ensurePrivateFolder(folder);
			KeysetHandle aead = loadOrCreate(folder.resolve(WRAPPING), PredefinedAeadParameters.AES256_GCM);
			KeysetHandle prf = loadOrCreate(folder.resolve(INDEXING), PredefinedPrfParameters.HMAC_SHA256_PRF);
			return new MasterKeys(aead.getPrimitive(RegistryConfiguration.get(), Aead.class),
					prf.getPrimitive(RegistryConfiguration.get(), PrfSet.class));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The master keys cannot be used", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Aead wrapping() {
		return this.wrapping;
	}

	PrfSet indexing() {
		return this.indexing;
	}

	private static KeysetHandle loadOrCreate(Path file, com.google.crypto.tink.Parameters parameters)
			throws GeneralSecurityException, IOException {
		if (Files.exists(file)) {
			return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file, StandardCharsets.UTF_8),
					InsecureSecretKeyAccess.get());
		}
		KeysetHandle created = KeysetHandle.generateNew(parameters);
		Path temporary = Files.createTempFile(file.getParent(), "key-", ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(temporary, TinkJsonProtoKeysetFormat.serializeKeyset(created, InsecureSecretKeyAccess.get()),
				StandardCharsets.UTF_8);
		Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		return created;
	}

	private static void ensurePrivateFolder(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			Files.createDirectories(folder,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
	}

}
