package org.tejido.collectives.keys;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.tejido.collectives.keys.KeyPlacement.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class KeyPlacementTests {

	private static final Path DATA = Path.of("/srv/tejido/data");

	@Test
	void aPublicServerWithItsKeysInTheDataDirectoryRefusesToStart() {
		assertThat(new KeyPlacement(DATA.resolve("keys"), DATA, "https://tejido.example.org", false).verdict())
			.isEqualTo(Verdict.REFUSE);
		assertThat(
				new KeyPlacement(Path.of("/srv/tejido/data/../data/keys"), DATA, "https://x.example", false).verdict())
			.isEqualTo(Verdict.REFUSE);
	}

	@Test
	void anOperatorWhoAcceptsTheRiskOrATrialOnThisMachineIsOnlyWarned() {
		assertThat(new KeyPlacement(DATA.resolve("keys"), DATA, "https://tejido.example.org", true).verdict())
			.isEqualTo(Verdict.WARN);
		assertThat(new KeyPlacement(DATA.resolve("keys"), DATA, "http://localhost:8080", false).verdict())
			.isEqualTo(Verdict.WARN);
	}

	@Test
	void keysKeptElsewhereAreFine() {
		assertThat(new KeyPlacement(Path.of("/etc/tejido/keys"), DATA, "https://tejido.example.org", false).verdict())
			.isEqualTo(Verdict.SEPARATE);
		assertThat(
				new KeyPlacement(Path.of("/srv/tejido/data-keys"), DATA, "https://tejido.example.org", false).verdict())
			.isEqualTo(Verdict.SEPARATE);
	}

}
