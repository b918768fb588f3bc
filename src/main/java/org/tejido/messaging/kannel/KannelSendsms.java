package org.tejido.messaging.kannel;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.tejido.messaging.DeliveryStatus;
import org.tejido.messaging.MessagingSettings;
import org.tejido.messaging.SmsParts;
import org.tejido.messaging.internal.Gateway;
import org.tejido.messaging.internal.Outcome;
import org.tejido.messaging.internal.SmsGateway;

/**
 * Sends SMS through Kannel's HTTP {@code sendsms} interface, in UCS-2 when the text is
 * not all GSM 7-bit, asking for every delivery report. Kannel's answers {@code 0:}
 * (accepted) and {@code 3:} (queued for later delivery) mean Kannel has the message; a
 * refused connection or any other answer means it has not, and it is tried again later;
 * no answer at all leaves it to the delivery reports.
 */
@Component
class KannelSendsms implements SmsGateway {

	private final HttpClient http;

	private final MessagingSettings settings;

	private final Callbacks callbacks;

	KannelSendsms(MessagingSettings settings, Callbacks callbacks) {
		this.settings = settings;
		this.callbacks = callbacks;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.gatewayTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public Gateway.Kind kind() {
		return Gateway.Kind.KANNEL;
	}

	@Override
	public Outcome send(Gateway gateway, UUID message, String to, String text) {
		URI uri = URI.create(gateway.sendsmsUrl() + "?" + query(gateway, message, to, text));
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(this.settings.gatewayTimeout()).GET().build();
		try {
			HttpResponse<String> response = this.http.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return answer(response.statusCode(), response.body().strip());
		}
		catch (ConnectException | HttpConnectTimeoutException ex) {
			return Outcome.retry("gateway unreachable: connection refused or timed out");
		}
		catch (HttpTimeoutException ex) {
			return Outcome.unknown("gateway did not answer in time");
		}
		catch (IOException ex) {
			return Outcome.unknown("gateway connection broke: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Outcome.unknown("interrupted while sending");
		}
	}

	static Outcome answer(int status, String body) {
		boolean taken = status >= 200 && status < 300 && (body.startsWith("0:") || body.startsWith("3:"));
		if (taken) {
			return Outcome.taken(DeliveryStatus.ACCEPTED, body);
		}
		return Outcome.retry("HTTP " + status + ": " + body);
	}

	private String query(Gateway gateway, UUID message, String to, String text) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("username", gateway.username());
		params.put("password", gateway.password());
		params.put("from", gateway.number());
		params.put("to", to);
		params.put("text", text);
		params.put("charset", "UTF-8");
		if (!SmsParts.measure(text).isGsm7()) {
			params.put("coding", "2");
		}
		if (this.settings.inboundOn()) {
			params.put("dlr-mask", "31");
			params.put("dlr-url", this.callbacks.deliveryReportUrl(message));
		}
		return params.entrySet()
			.stream()
			.map((param) -> param.getKey() + "=" + URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
