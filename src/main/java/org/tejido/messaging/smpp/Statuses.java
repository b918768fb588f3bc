package org.tejido.messaging.smpp;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jsmpp.SMPPConstant;

/**
 * SMPP's command statuses: their names, and which say that a message will never go.
 */
final class Statuses {

	private static final Map<Integer, String> NAMES = names();

	/**
	 * Refusals of the message itself (its destination, length or coding), which sending
	 * again does not change; every other status (throttling, a full queue, a system
	 * error) is worth a retry.
	 */
	private static final Set<Integer> PERMANENT = Set.of(SMPPConstant.STAT_ESME_RINVMSGLEN,
			SMPPConstant.STAT_ESME_RINVDSTADR, SMPPConstant.STAT_ESME_RINVNUMDESTS, SMPPConstant.STAT_ESME_RINVESMCLASS,
			SMPPConstant.STAT_ESME_RINVDSTTON, SMPPConstant.STAT_ESME_RINVDSTNPI, SMPPConstant.STAT_ESME_RX_P_APPN,
			SMPPConstant.STAT_ESME_RINVDCS);

	private static final Set<Integer> BUSY = Set.of(SMPPConstant.STAT_ESME_RTHROTTLED, SMPPConstant.STAT_ESME_RMSGQFUL);

	private Statuses() {
	}

	/** For example {@code ESME_RTHROTTLED (0x58)}. */
	static String name(int status) {
		String name = NAMES.get(status);
		return ((name != null) ? name + " " : "") + String.format("(0x%02X)", status);
	}

	static boolean permanent(int status) {
		return PERMANENT.contains(status);
	}

	/** The SMS centre takes no more for now: throttled, or its queue is full. */
	static boolean busy(int status) {
		return BUSY.contains(status);
	}

	private static Map<Integer, String> names() {
		Map<Integer, String> names = new HashMap<>();
		for (Field field : SMPPConstant.class.getFields()) {
			if (field.getName().startsWith("STAT_") && field.getType() == int.class
					&& Modifier.isStatic(field.getModifiers())) {
				try {
					names.putIfAbsent(field.getInt(null), field.getName().substring("STAT_".length()));
				}
				catch (IllegalAccessException ex) {
					// public constants
				}
			}
		}
		return Map.copyOf(names);
	}

}
