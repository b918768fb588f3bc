package org.tejido.messaging.kannel;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import org.tejido.messaging.MessagingSettings;

import static org.assertj.core.api.Assertions.assertThat;

class KannelCallbacksTests {

	@Test
	void withoutASecretSetKannelsUrlsDoNotExist() throws Exception {
		KannelCallbacks callbacks = new KannelCallbacks(null, null, new MessagingSettings("", "", 10,
				Duration.ofSeconds(5), Duration.ofMinutes(15), 10, Duration.ofSeconds(60), Duration.ofSeconds(10), 8));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sms/kannel/inbound");
		request.setQueryString("secret=&from=%2B573001112233&to=%2B573001234567&text=hola");
		assertThat(callbacks.inbound(request).getStatusCode().value()).isEqualTo(404);
		assertThat(callbacks.inboundPosted(request).getStatusCode().value()).isEqualTo(404);
		assertThat(callbacks.delivery(request).getStatusCode().value()).isEqualTo(404);
	}

}
