package org.tejido.collectives.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

	private volatile Aead wrapping;

	private final Path wrappingFile;

	private final PrfSet indexing;

	private MasterKeys(Aead wrapping, PrfSet indexing, Path wrappingFile) {
		this.wrapping = wrapping;
		this.indexing = indexing;
		this.wrappingFile = wrappingFile;
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
					prf.getPrimitive(RegistryConfiguration.get(), PrfSet.class), folder.resolve(WRAPPING));
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

	/**
	 * Adds a new wrapping key and makes it the one that wraps from now on; the old keys
	 * still unwrap what they wrapped until {@link #retireAllButPrimary} removes them.
	 */
	synchronized void addPrimary() throws GeneralSecurityException, IOException {
		KeysetHandle current = read(this.wrappingFile);
		KeysetHandle.Builder builder = KeysetHandle.newBuilder(current);
		builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
			.withRandomId()
			.makePrimary());
		use(builder.build());
	}

	/** The wrapping key set as it will be once the old keys are retired. */
	synchronized Aead primaryOnly() throws GeneralSecurityException, IOException {
		return withoutOldKeys(read(this.wrappingFile)).getPrimitive(RegistryConfiguration.get(), Aead.class);
	}

	/**
	 * Removes every wrapping key but the primary one: do it once everything is
	 * re-wrapped.
	 */
	synchronized int retireAllButPrimary() throws GeneralSecurityException, IOException {
		KeysetHandle current = read(this.wrappingFile);
		use(withoutOldKeys(current));
		return current.size() - 1;
	}

	private static KeysetHandle withoutOldKeys(KeysetHandle keyset) throws GeneralSecurityException {
		KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
		for (int i = builder.size() - 1; i >= 0; i--) {
			if (!builder.getAt(i).isPrimary()) {
				builder.removeAt(i);
			}
		}
		return builder.build();
	}

	private void use(KeysetHandle keyset) throws GeneralSecurityException, IOException {
		write(this.wrappingFile, keyset);
		this.wrapping = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
	}

	private static KeysetHandle read(Path file) throws GeneralSecurityException, IOException {
		return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file, StandardCharsets.UTF_8),
				InsecureSecretKeyAccess.get());
	}

	private static void write(Path file, KeysetHandle keyset) throws GeneralSecurityException, IOException {
		Path temporary = temporaryCopy(file, keyset);
		Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	/** A key set written to a private temporary file next to {@code file}, on disk. */
	private static Path temporaryCopy(Path file, KeysetHandle keyset) throws GeneralSecurityException, IOException {
		Path temporary = Files.createTempFile(file.getParent(), "key-", ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			channel
				.write(ByteBuffer.wrap(TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get())
					.getBytes(StandardCharsets.UTF_8)));
			channel.force(true);
		}
		return temporary;
	}

	/**
	 * Reads a key file, or creates it when there is none. Nodes that share the key folder
	 * and start together must end up with the same key: the new key is written to a
	 * temporary file and linked into place, which fails if another node linked its own
	 * first, and every node then uses what the file holds.
	 */
	private static KeysetHandle loadOrCreate(Path file, com.google.crypto.tink.Parameters parameters)
			throws GeneralSecurityException, IOException {
		if (!Files.exists(file)) {
			Path temporary = temporaryCopy(file, KeysetHandle.generateNew(parameters));
			try {
				Files.createLink(file, temporary);
			}
			catch (FileAlreadyExistsException ex) {
				// another node created it first: use theirs
			}
			catch (UnsupportedOperationException | IOException ex) {
				// a file system without hard links: a move that never replaces
				if (!Files.exists(file)) {
					moveUnlessThere(temporary, file);
				}
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		return read(file);
	}

	private static void moveUnlessThere(Path temporary, Path file) throws IOException {
		try {
			Files.move(temporary, file);
		}
		catch (FileAlreadyExistsException ex) {
			// another node created it first: use theirs
		}
	}

	private static void ensurePrivateFolder(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			Files.createDirectories(folder,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
	}

}
