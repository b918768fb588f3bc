package org.tejido.messaging.smpp;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.tejido.messaging.internal.Channels;
import org.tejido.messaging.internal.Gateway;
import org.tejido.messaging.internal.InboundDesk;
import org.tejido.messaging.internal.IncomingSms;

/**
 * What an SMS centre delivers on a collective's session: delivery receipts, and SMS from
 * phones, whose parts are joined before the text is read and handed to the inbound desk.
 * An SMS is acknowledged only once it is kept; if keeping it fails, the SMS centre is
 * told to try again later. Parts of a long SMS wait in memory for the others (up to ten
 * minutes).
 */
@Component
class Incoming {

	private static final Log log = LogFactory.getLog(Incoming.class);

	/** The message type bits of the ESM class, and the type of a delivery receipt. */
	private static final int MESSAGE_TYPE = 0x3C;

	private static final int RECEIPT = 0x04;

	private static final Duration PARTS_WAIT = Duration.ofMinutes(10);

	private final Receipts receipts;

	private final InboundDesk desk;

	private final Channels channels;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, Partial> partials = new HashMap<>();

	Incoming(Receipts receipts, InboundDesk desk, Channels channels) {
		this.receipts = receipts;
		this.desk = desk;
		this.channels = channels;
	}

	void deliverSm(Gateway gateway, DeliverSm pdu) throws ProcessRequestException {
		try {
			int type = pdu.getEsmClass() & MESSAGE_TYPE;
			if (type == RECEIPT) {
				Receipt.of(pdu).ifPresent((receipt) -> this.receipts.received(gateway.collective(), receipt));
			}
			else if (type == 0) {
				Optional<Whole> whole = whole(gateway, ShortMessage.of(pdu));
				if (whole.isPresent()) {
					take(gateway, whole.get());
					forget(whole.get());
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not take a deliver_sm from the SMS centre: " + ex.getClass().getName());
			throw new ProcessRequestException("not kept", SMPPConstant.STAT_ESME_RX_T_APPN, ex);
		}
	}

	/**
	 * The text once every part is there; the parts are kept until the text is, so that an
	 * SMS centre that sends the last part again after a failure completes it again.
	 */
	private Optional<Whole> whole(Gateway gateway, ShortMessage message) {
		if (message.isWhole() || message.part() < 1 || message.part() > message.parts()) {
			return Optional.of(new Whole(null, message.from(), message.to(),
					ShortMessage.text(message.dataCoding(), message.data())));
		}
		String key = gateway.collective() + " " + message.from() + " " + message.reference() + " " + message.parts();
		Instant now = this.clock.instant();
		synchronized (this.partials) {
			this.partials.values().removeIf((partial) -> partial.since().isBefore(now.minus(PARTS_WAIT)));
			Partial partial = this.partials.computeIfAbsent(key,
					(k) -> new Partial(new byte[message.parts()][], message.dataCoding(), now));
			partial.parts()[message.part() - 1] = message.data();
			ByteArrayOutputStream joined = new ByteArrayOutputStream();
			for (byte[] part : partial.parts()) {
				if (part == null) {
					return Optional.empty();
				}
				joined.writeBytes(part);
			}
			return Optional.of(new Whole(key, message.from(), message.to(),
					ShortMessage.text(partial.dataCoding(), joined.toByteArray())));
		}
	}

	private void forget(Whole sms) {
		if (sms.key() != null) {
			synchronized (this.partials) {
				this.partials.remove(sms.key());
			}
		}
	}

	/**
	 * The SMS goes to the collective whose number it was sent to; failing that (an SMS
	 * centre that writes the number otherwise), to the collective whose session it came
	 * on.
	 */
	private void take(Gateway gateway, Whole sms) {
		String to = this.channels.collectiveAt(sms.to()).isPresent() ? sms.to() : gateway.number();
		this.desk.receive(new IncomingSms(sms.from(), to, sms.text(), null));
	}

	private record Partial(byte[][] parts, byte dataCoding, Instant since) {
	}

	private record Whole(@Nullable String key, String from, String to, String text) {
	}

}
