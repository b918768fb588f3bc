package org.tejido.messaging.kannel;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import org.tejido.messaging.MessagingSettings;

import static org.assertj.core.api.Assertions.assertThat;

class KannelCallbacksTests {

	@Test
	void withoutASecretSetKannelsUrlsDoNotExist() throws Exception {
		KannelCallbacks callbacks = new KannelCallbacks(null, null, null, new MessagingSettings("", "", 10,
				Duration.ofSeconds(5), Duration.ofMinutes(15), 10, Duration.ofSeconds(60), Duration.ofSeconds(10), 8));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sms/kannel/inbound");
		request.setQueryString("secret=&from=%2B573001112233&to=%2B573001234567&text=hola");
		assertThat(callbacks.inbound(request).getStatusCode().value()).isEqualTo(404);
		assertThat(callbacks.inboundPosted(request).getStatusCode().value()).isEqualTo(404);
		assertThat(callbacks.delivery(request).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void thePostedTextIsReadOnlyOnceTheSecretIsChecked() throws Exception {
		KannelCallbacks callbacks = new KannelCallbacks(null, null, null, withSecret("right"));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sms/kannel/inbound");
		request.setQueryString("secret=wrong&from=%2B573001112233&to=%2B573001234567");
		request.setContent("hola".getBytes(StandardCharsets.UTF_8));
		assertThat(callbacks.inboundPosted(request).getStatusCode().value()).isEqualTo(401);
		assertThat(request.getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("hola");
	}

	@Test
	void aCallThatCannotBeHandledIsAnsweredWithAnEmpty503ForKannelToTryAgain() {
		KannelCallbacks callbacks = new KannelCallbacks(null, null, null, withSecret("right"));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sms/kannel/delivery");
		request.setQueryString("secret=right&id=" + UUID.randomUUID() + "&status=1");
		ResponseEntity<Void> answer = callbacks.delivery(request);
		assertThat(answer.getStatusCode().value()).as("no delivery reports to record it in").isEqualTo(503);
		assertThat(answer.getHeaders().getContentLength()).isZero();
	}

	private static MessagingSettings withSecret(String secret) {
		return new MessagingSettings(secret, "", 10, Duration.ofSeconds(5), Duration.ofMinutes(15), 10,
				Duration.ofSeconds(60), Duration.ofSeconds(10), 8);
	}

}
