package org.tejido.warning.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CapExportTests {

	@Test
	void locationsAreOnlyAsPreciseAsTheCollectiveChose() {
		assertThat(CapExport.circle("2.444812,-76.614731", "exact")).isEqualTo("2.444812,-76.614731 0");
		assertThat(CapExport.circle("2.444812,-76.614731", "1km")).isEqualTo("2.44,-76.61 1");
		assertThat(CapExport.circle("2.444812,-76.614731", "10km")).isEqualTo("2.4,-76.6 10");
	}

}
