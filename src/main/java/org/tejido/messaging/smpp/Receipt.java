package org.tejido.messaging.smpp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jspecify.annotations.Nullable;

import org.tejido.messaging.DeliveryStatus;

/**
 * An SMS centre's delivery receipt ({@code deliver_sm} with the receipt's ESM class),
 * read from its {@code receipted_message_id} and {@code message_state} parameters when
 * given, else from its text:
 * {@code id:… sub:… dlvrd:… submit date:… done date:… stat:DELIVRD
 * err:… text:…}.
 *
 * @param id the SMS centre's id of the part it is about
 * @param state {@code DELIVRD}, {@code UNDELIV}, {@code REJECTD}, {@code EXPIRED},
 * {@code DELETED}, {@code ACCEPTD}, {@code ENROUTE} or {@code UNKNOWN}
 * @param error the error code, if one was given
 */
record Receipt(String id, String state, String error) {

	private static final Pattern ID = Pattern.compile("(?i)(?:^|\\s)id:(\\S+)");

	private static final Pattern STATE = Pattern.compile("(?i)(?:^|\\s)stat:(\\S+)");

	private static final Pattern ERROR = Pattern.compile("(?i)(?:^|\\s)err:(\\S+)");

	private static final short RECEIPTED_MESSAGE_ID = 0x001E;

	private static final short MESSAGE_STATE = 0x0427;

	private static final short MESSAGE_PAYLOAD = 0x0424;

	private static final String[] STATES = { "", "ENROUTE", "DELIVRD", "EXPIRED", "DELETED", "UNDELIV", "ACCEPTD",
			"UNKNOWN", "REJECTD" };

	static Optional<Receipt> of(DeliverSm pdu) {
		byte[] message = pdu.getShortMessage();
		byte @Nullable [] payload = parameter(pdu, MESSAGE_PAYLOAD);
		String text = new String((message == null || message.length == 0) && payload != null ? payload
				: (message != null) ? message : new byte[0], StandardCharsets.ISO_8859_1);
		byte @Nullable [] receipted = parameter(pdu, RECEIPTED_MESSAGE_ID);
		String id = (receipted != null) ? new String(receipted, StandardCharsets.ISO_8859_1).replace("\0", "").strip()
				: found(ID, text);
		String state = found(STATE, text).toUpperCase(java.util.Locale.ROOT);
		byte @Nullable [] messageState = parameter(pdu, MESSAGE_STATE);
		if (state.isEmpty() && messageState != null && messageState.length == 1 && messageState[0] > 0
				&& messageState[0] < STATES.length) {
			state = STATES[messageState[0]];
		}
		String error = found(ERROR, text);
		return (id.isEmpty() || id.length() > 65 || state.isEmpty() || state.length() > 12) ? Optional.empty()
				: Optional.of(new Receipt(id, state, (error.length() > 20) ? error.substring(0, 20) : error));
	}

	/**
	 * Where the part stands: delivered, failed for good, or with the SMS centre; nothing
	 * for a state that says nothing.
	 */
	Optional<DeliveryStatus> status() {
		return Optional.ofNullable(switch (this.state) {
			case "DELIVRD" -> DeliveryStatus.DELIVERED;
			case "UNDELIV", "REJECTD", "EXPIRED", "DELETED" -> DeliveryStatus.FAILED;
			case "ENROUTE", "ACCEPTD" -> DeliveryStatus.SUBMITTED;
			default -> null;
		});
	}

	/** What to note of a failure: the state and the SMS centre's error code. */
	String answer() {
		return "delivery receipt " + this.state + (this.error.isEmpty() ? "" : " err:" + this.error);
	}

	/** The value of a parameter of the PDU, if present. */
	static byte @Nullable [] parameter(org.jsmpp.bean.AbstractSmCommand pdu, short tag) {
		OptionalParameter parameter = pdu.getOptionalParameter(tag);
		if (parameter == null) {
			return null;
		}
		byte[] serialized = parameter.serialize();
		return Arrays.copyOfRange(serialized, 4, serialized.length);
	}

	private static String found(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(1) : "";
	}

}
