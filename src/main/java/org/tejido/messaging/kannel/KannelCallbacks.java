package org.tejido.messaging.kannel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.tejido.messaging.MessagingSettings;
import org.tejido.messaging.internal.DeliveryReports;
import org.tejido.messaging.internal.SmsBundles;
import org.tejido.messaging.internal.IncomingSms;
import org.tejido.messaging.internal.InboundDesk;

/**
 * The URLs Kannel calls: its {@code sms-service} with each incoming SMS, and the
 * {@code dlr-url} of each sent one with its delivery reports. Both need the shared secret
 * and answer an empty 200 once the message or report is kept, so that Kannel sends no
 * reply to the phone and tells its sender nothing; an empty 503 when keeping it failed,
 * so that Kannel tries again later. Without the secret set, they do not exist.
 */
@RestController
class KannelCallbacks {

	private static final Log log = LogFactory.getLog(KannelCallbacks.class);

	private static final int MAX_BODY = 64 * 1024;

	private final InboundDesk inbound;

	private final DeliveryReports reports;

	private final SmsBundles bundles;

	private final MessagingSettings settings;

	KannelCallbacks(InboundDesk inbound, DeliveryReports reports, SmsBundles bundles, MessagingSettings settings) {
		this.inbound = inbound;
		this.reports = reports;
		this.bundles = bundles;
		this.settings = settings;
	}

	/**
	 * {@code get-url = "…/sms/kannel/inbound?secret=…&from=%p&to=%P&text=%b&charset=%C&id=%I"}.
	 */
	@GetMapping(Callbacks.INBOUND)
	ResponseEntity<Void> inbound(HttpServletRequest request) {
		KannelQuery query = KannelQuery.parse(request.getQueryString());
		return guarded(query, () -> {
			receive(query, query.text("text", query.text("charset")));
			return HttpStatus.OK;
		});
	}

	/**
	 * {@code post-url = "…/sms/kannel/inbound?secret=…&from=%p&to=%P&id=%I"}: the text is
	 * the body, in the charset its content type names, read once the secret is checked;
	 * one over 64 KiB is refused with 413.
	 */
	@PostMapping(Callbacks.INBOUND)
	ResponseEntity<Void> inboundPosted(HttpServletRequest request) {
		KannelQuery query = KannelQuery.parse(request.getQueryString());
		return guarded(query, () -> {
			byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
			if (body.length > MAX_BODY) {
				return HttpStatus.CONTENT_TOO_LARGE;
			}
			receive(query, new String(body, charsetOf(request.getContentType())));
			return HttpStatus.OK;
		});
	}

	/**
	 * {@code dlr-url}, as the sender writes it: {@code …?secret=…&id=…&status=%d} for a
	 * message sent alone, {@code …?secret=…&bundle=…&to=%p&status=%d} for one of a
	 * bundle. A report about no message known is answered as kept: Kannel has nothing to
	 * try again.
	 */
	@GetMapping(Callbacks.DELIVERY)
	ResponseEntity<Void> delivery(HttpServletRequest request) {
		KannelQuery query = KannelQuery.parse(request.getQueryString());
		return guarded(query, () -> {
			UUID bundle = uuid(query.text("bundle"));
			UUID message = (bundle != null) ? this.bundles.messageFor(bundle, query.text("to")).orElse(null)
					: uuid(query.text("id"));
			Integer status = number(query.text("status"));
			if (message != null && status != null) {
				this.reports.report(message, status);
			}
			return HttpStatus.OK;
		});
	}

	private void receive(KannelQuery query, String text) {
		String id = query.text("id");
		this.inbound.receive(new IncomingSms(query.text("from"), query.text("to"), text,
				(id.isBlank() || id.length() > 64) ? null : id));
	}

	/**
	 * Runs the action once the secret is checked; a failure (the database down) is logged
	 * without the message and answered with an empty 503, never the site's error page.
	 */
	private ResponseEntity<Void> guarded(KannelQuery query, Action action) {
		if (!this.settings.inboundOn()) {
			return answer(HttpStatus.NOT_FOUND);
		}
		if (!secretMatches(query.text("secret"))) {
			return answer(HttpStatus.UNAUTHORIZED);
		}
		try {
			return answer(action.run());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not handle a call from Kannel: " + ex.getClass().getName());
			return answer(HttpStatus.SERVICE_UNAVAILABLE);
		}
	}

	private boolean secretMatches(String given) {
		return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
				this.settings.inboundSecret().getBytes(StandardCharsets.UTF_8));
	}

	private static ResponseEntity<Void> answer(HttpStatus status) {
		return ResponseEntity.status(status)
			.contentType(MediaType.TEXT_PLAIN)
			.header("Cache-Control", "no-store")
			.contentLength(0)
			.build();
	}

	private static java.nio.charset.Charset charsetOf(@Nullable String contentType) {
		if (contentType == null) {
			return StandardCharsets.UTF_8;
		}
		try {
			java.nio.charset.Charset charset = MediaType.parseMediaType(contentType).getCharset();
			return (charset != null) ? charset : StandardCharsets.UTF_8;
		}
		catch (IllegalArgumentException ex) {
			return StandardCharsets.UTF_8;
		}
	}

	private static @Nullable UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable Integer number(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** What a call does once the secret is checked; gives the status to answer. */
	private interface Action {

		HttpStatus run() throws IOException;

	}

}
