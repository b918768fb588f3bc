package org.tejido.library;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LibrarySettingsTests {

	@Test
	void searchesAtOnceIsZeroForOnePerCoreOrAPositiveNumber() {
		assertThat(withSearchesAtOnce(0).searchesAtOnce()).isZero();
		assertThat(withSearchesAtOnce(4).searchesAtOnce()).isEqualTo(4);
		assertThatIllegalArgumentException().isThrownBy(() -> withSearchesAtOnce(-1))
			.withMessageContaining("tejido.library.searches-at-once");
	}

	private static LibrarySettings withSearchesAtOnce(int searchesAtOnce) {
		return new LibrarySettings(Path.of("files"), DataSize.ofMegabytes(50), 20, 50, false, null, Path.of("packs"),
				searchesAtOnce);
	}

}
