package org.tejido.messaging.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsBundlesTests {

	@Test
	void aNumberHasOneFingerprintHoweverAGatewayWritesIt() {
		assertThat(SmsBundles.fingerprint("00573001000001")).isEqualTo(SmsBundles.fingerprint("+573001000001"));
		assertThat(SmsBundles.fingerprint("573001000001")).isEqualTo(SmsBundles.fingerprint("+573001000001"));
	}

	@Test
	void differentNumbersHaveDifferentFingerprints() {
		assertThat(SmsBundles.fingerprint("+573001000002")).isNotEqualTo(SmsBundles.fingerprint("+573001000001"));
	}

}
