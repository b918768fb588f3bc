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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.tejido.messaging.DeliveryStatus;
import org.tejido.messaging.MessagingSettings;
import org.tejido.messaging.SmsParts;
import org.tejido.messaging.internal.Gateway;
import org.tejido.messaging.internal.Outcome;
import org.tejido.messaging.internal.SmsGateway;

/**
 * Sends SMS through Kannel's HTTP {@code sendsms} interface, in UCS-2 when the text is
 * not all GSM 7-bit, asking for every delivery report; one text to several numbers in one
 * call when the dispatcher bundles them. Kannel's answers {@code 0:} (accepted) and
 * {@code 3:} (queued for later delivery) mean Kannel has the message; a refused
 * connection or any other answer means it has not, and it is tried again later; no answer
 * at all leaves it to the delivery reports.
 */
@Component
class KannelSendsms implements SmsGateway {

	/**
	 * Numbers a call: a fan-out to 10,000 in 200 calls; the URL stays under 2 KB with
	 * numbers of up to 15 digits.
	 */
	static final int NUMBERS_PER_CALL = 50;

	private static final String FAILED_RECEIVERS = "Failed receivers are:";

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
		return call(gateway, query(gateway, to, text, this.callbacks.deliveryReportUrl(message)))
			.outcome(KannelSendsms::answer);
	}

	@Override
	public int numbersPerCall() {
		return NUMBERS_PER_CALL;
	}

	/**
	 * Kannel's {@code to} takes several numbers, separated by spaces, and makes one
	 * message of each; the delivery reports name the bundle, and Kannel puts each
	 * message's number in ({@code %p}).
	 */
	@Override
	public List<Outcome> sendToMany(Gateway gateway, UUID bundle, List<String> to, String text) {
		Sent sent = call(gateway, query(gateway, String.join(" ", to), text, this.callbacks.bundleReportUrl(bundle)));
		return to.stream().map((number) -> sent.outcome((status, body) -> answerFor(number, status, body))).toList();
	}

	/**
	 * Kannel's answer for each number: {@code 0:} and {@code 3:} take them all; an answer
	 * naming failed receivers means those did not go and the others may have gone (their
	 * delivery reports tell); any other answer (a refused account, say) means none went.
	 */
	static Outcome answerFor(String number, int status, String body) {
		int failed = body.indexOf(FAILED_RECEIVERS);
		if (failed < 0) {
			return answer(status, body);
		}
		List<String> failedNumbers = List.of(body.substring(failed + FAILED_RECEIVERS.length()).strip().split("\\s+"));
		return failedNumbers.contains(number) ? Outcome.retry("HTTP " + status + ": " + body)
				: Outcome.unknown("HTTP " + status + ": " + body);
	}

	static Outcome answer(int status, String body) {
		boolean taken = status >= 200 && status < 300 && (body.startsWith("0:") || body.startsWith("3:"));
		if (taken) {
			return Outcome.taken(DeliveryStatus.ACCEPTED, body);
		}
		return Outcome.retry("HTTP " + status + ": " + body);
	}

	/** Calls sendsms; what came back, or the outcome when nothing did. */
	private Sent call(Gateway gateway, String query) {
		URI uri = URI.create(gateway.sendsmsUrl() + "?" + query);
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(this.settings.gatewayTimeout()).GET().build();
		try {
			HttpResponse<String> response = this.http.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Sent(response.statusCode(), response.body().strip(), null);
		}
		catch (ConnectException | HttpConnectTimeoutException ex) {
			return Sent.without(Outcome.unreachable("connection refused or timed out"));
		}
		catch (HttpTimeoutException ex) {
			return Sent.without(Outcome.unknown("gateway did not answer in time"));
		}
		catch (IOException ex) {
			return Sent.without(Outcome.unknown("gateway connection broke: " + ex.getClass().getSimpleName()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Sent.without(Outcome.unknown("interrupted while sending"));
		}
	}

	private String query(Gateway gateway, String to, String text, String deliveryReportUrl) {
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
			params.put("dlr-url", deliveryReportUrl);
		}
		return params.entrySet()
			.stream()
			.map((param) -> param.getKey() + "=" + URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/**
	 * Kannel's answer to a call, or, when none came, the outcome of every message in it.
	 */
	private record Sent(int status, String body, @Nullable Outcome without) {

		static Sent without(Outcome outcome) {
			return new Sent(0, "", outcome);
		}

		Outcome outcome(java.util.function.BiFunction<Integer, String, Outcome> answered) {
			return (this.without != null) ? this.without : answered.apply(this.status, this.body);
		}

	}

}
