package org.tejido.messaging.smpp;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPSession;

import org.springframework.stereotype.Component;

import org.tejido.messaging.DeliveryStatus;
import org.tejido.messaging.internal.Gateway;
import org.tejido.messaging.internal.Outcome;
import org.tejido.messaging.internal.SmsGateway;

/**
 * Sends SMS to a collective's SMS centre over SMPP: one {@code submit_sm} per part, in
 * GSM 7-bit or UCS-2, each asking for a delivery receipt. The SMS centre's {@code OK}
 * means it took the message, whose parts' ids are kept for the receipts; a refusal of the
 * message itself fails it, any other refusal (throttling, a full queue, a system error)
 * and a session that cannot be bound mean it did not go and is tried again later; no
 * answer in time leaves it to the receipts and the grace period.
 */
@Component
class SmppGateway implements SmsGateway {

	private static final int TRIES_PER_LATER_PART = 3;

	private final Links links;

	private final Receipts receipts;

	private final AtomicInteger references = new AtomicInteger(new SecureRandom().nextInt(256));

	SmppGateway(Links links, Receipts receipts) {
		this.links = links;
		this.receipts = receipts;
	}

	@Override
	public Gateway.Kind kind() {
		return Gateway.Kind.SMPP;
	}

	@Override
	public Outcome send(Gateway gateway, UUID message, String to, String text) {
		SMPPSession session;
		try {
			session = this.links.of(gateway).bound();
		}
		catch (IOException ex) {
			return Outcome.retry(String.valueOf(ex.getMessage()));
		}
		Segments segments;
		try {
			segments = Segments.of(text, this.references.getAndIncrement() & 0xff);
		}
		catch (IllegalArgumentException ex) {
			return Outcome.refused("too long for SMS: " + ex.getMessage());
		}
		Address from = Address.of(gateway.number());
		Address destination = Address.of(to);
		List<String> ids = new ArrayList<>();
		for (int part = 0; part < segments.parts().size(); part++) {
			String which = (segments.parts().size() > 1)
					? "part " + (part + 1) + " of " + segments.parts().size() + ": " : "";
			for (int attempt = 1;; attempt++) {
				try {
					ids.add(submit(session, from, destination, segments, part));
					break;
				}
				catch (NegativeResponseException ex) {
					int status = ex.getCommandStatus();
					if (part > 0 && Statuses.busy(status) && attempt < TRIES_PER_LATER_PART) {
						pause(attempt * 500L);
						continue;
					}
					String answer = which + "the SMS centre answered " + Statuses.name(status);
					return Statuses.permanent(status) ? Outcome.refused(answer) : Outcome.retry(answer);
				}
				catch (ResponseTimeoutException ex) {
					return Outcome.unknown(which + "the SMS centre did not answer in time");
				}
				catch (IOException ex) {
					return Outcome.retry(which + "the session with the SMS centre broke before the message went");
				}
				catch (PDUException | InvalidResponseException ex) {
					return Outcome.retry(which + "SMPP error: " + ex.getClass().getSimpleName());
				}
			}
		}
		this.receipts.sent(gateway.collective(), message, ids);
		return Outcome.taken(DeliveryStatus.ACCEPTED, "accepted by the SMS centre as " + String.join(" ", ids));
	}

	private static String submit(SMPPSession session, Address from, Address destination, Segments segments, int part)
			throws PDUException, ResponseTimeoutException, InvalidResponseException, NegativeResponseException,
			IOException {
		ESMClass esmClass = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT,
				segments.concatenated() ? GSMSpecificFeature.UDHI : GSMSpecificFeature.DEFAULT);
		return session
			.submitShortMessage("", from.ton(), from.npi(), from.digits(), destination.ton(), destination.npi(),
					destination.digits(), esmClass, (byte) 0, (byte) 1, null, null,
					new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
					DataCodings.newInstance(segments.dataCoding()), (byte) 0, segments.parts().get(part),
					new OptionalParameter[0])
			.getMessageId();
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
