package org.tejido.collectives.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MasterKeysTests {

	@TempDir
	Path dataDir;

	@Test
	void createsTheMasterKeysOnFirstStartReadableByTheOwnerOnly() throws Exception {
		Path keys = this.dataDir.resolve("keys");
		MasterKeys.in(keys);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
		for (String file : new String[] { MasterKeys.WRAPPING, MasterKeys.INDEXING }) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(file))))
				.isEqualTo("rw-------");
		}
	}

	@Test
	void readsTheSameKeysAfterARestart() throws Exception {
		Path keys = this.dataDir.resolve("keys");
		byte[] sealed = MasterKeys.in(keys).wrapping().encrypt("secret".getBytes(StandardCharsets.UTF_8), new byte[0]);
		byte[] opened = MasterKeys.in(keys).wrapping().decrypt(sealed, new byte[0]);
		assertThat(new String(opened, StandardCharsets.UTF_8)).isEqualTo("secret");
	}

	@Test
	void differentServersHaveDifferentKeys() throws Exception {
		byte[] sealed = MasterKeys.in(this.dataDir.resolve("one")).wrapping().encrypt(new byte[] { 1 }, new byte[0]);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> MasterKeys.in(this.dataDir.resolve("two")).wrapping().decrypt(sealed, new byte[0]))
			.isInstanceOf(java.security.GeneralSecurityException.class);
	}

}
