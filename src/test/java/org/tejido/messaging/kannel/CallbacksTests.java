package org.tejido.messaging.kannel;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import org.tejido.messaging.MessagingSettings;

import static org.assertj.core.api.Assertions.assertThat;

class CallbacksTests {

	private final UUID bundle = UUID.fromString("9a7e2a44-59b3-4d5e-9d5e-0c1f2b3c4d5e");

	private final MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "8080");

	@Test
	void withoutAReportPortKannelReportsToTheSitesPortOnThisHost() {
		assertThat(callbacks("", 0, "127.0.0.1").bundleReportUrl(this.bundle))
			.startsWith("http://127.0.0.1:8080/sms/kannel/delivery?secret=s%26t&bundle=" + this.bundle);
	}

	@Test
	void withAReportPortKannelReportsThere() {
		assertThat(callbacks("", 8081, "127.0.0.1").bundleReportUrl(this.bundle))
			.startsWith("http://127.0.0.1:8081/sms/kannel/delivery?");
		assertThat(callbacks("", 8081, "0.0.0.0").deliveryReportUrl(this.bundle))
			.as("listening on every address, reached on loopback")
			.startsWith("http://127.0.0.1:8081/sms/kannel/delivery?");
		assertThat(callbacks("", 8081, "10.0.0.5").deliveryReportUrl(this.bundle))
			.startsWith("http://10.0.0.5:8081/sms/kannel/delivery?");
	}

	@Test
	void aCallbackUrlSetByTheOperatorComesFirst() {
		assertThat(callbacks("https://tejido.example.org:8443/", 8081, "127.0.0.1").bundleReportUrl(this.bundle))
			.startsWith("https://tejido.example.org:8443/sms/kannel/delivery?");
	}

	private Callbacks callbacks(String callbackUrl, int reportPort, String reportAddress) {
		return new Callbacks(
				new MessagingSettings("s&t", callbackUrl, 10, Duration.ofSeconds(5), Duration.ofMinutes(15), 10,
						Duration.ofSeconds(60), Duration.ofSeconds(10), 8, reportPort, reportAddress, 2),
				this.environment);
	}

}
