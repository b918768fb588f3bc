package org.tejido.library;

import org.junit.jupiter.api.Test;

import org.tejido.library.packs.Redistribution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which licences let a pack carry copies of a resource's files.
 */
class RedistributionTests {

	@Test
	void openLicencesAllowCopies() {
		assertThat(Redistribution.allows("CC BY 4.0")).isTrue();
		assertThat(Redistribution.allows("CC BY-NC-ND")).isTrue();
		assertThat(Redistribution.allows("Creative Commons (licence version not stated)")).isTrue();
		assertThat(Redistribution.allows("CC0")).isTrue();
		assertThat(Redistribution.allows("Public domain")).isTrue();
		assertThat(Redistribution.allows("GPL-3.0")).isTrue();
		assertThat(Redistribution.allows("Open source (licence not stated)")).isTrue();
	}

	@Test
	void noLicenceOrAClosedOneKeepsFilesOut() {
		assertThat(Redistribution.allows(null)).isFalse();
		assertThat(Redistribution.allows(" ")).isFalse();
		assertThat(Redistribution.allows("All rights reserved")).isFalse();
		assertThat(Redistribution.allows("© Publisher, all rights reserved; CC BY for the cover")).isFalse();
		assertThat(Redistribution.allows("Permission needed")).isFalse();
		assertThat(Redistribution.allows("Submitted")).as("mit inside a word").isFalse();
	}

}
