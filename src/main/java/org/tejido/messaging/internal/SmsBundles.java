package org.tejido.messaging.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Finds the message a delivery report about one number of a bundle is about. The
 * dispatcher tells which number is which message as it hands a bundle over; those of the
 * last {@value #REMEMBERED} bundles are kept in memory. A report about an older bundle,
 * or one that comes after a restart, is matched by opening the sealed numbers of the
 * bundle's messages. Memory keeps a fingerprint of each number, not the number.
 */
@Component
public class SmsBundles {

	static final int REMEMBERED = 1000;

	private final OutboundMessages messages;

	private final Sealing sealing;

	private final Map<UUID, Map<Long, UUID>> remembered = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, Map<Long, UUID>> eldest) {
			return size() > REMEMBERED;
		}

	};

	SmsBundles(OutboundMessages messages, Sealing sealing) {
		this.messages = messages;
		this.sealing = sealing;
	}

	/** The message of this bundle sent to this number, if there is one. */
	public Optional<UUID> messageFor(UUID bundle, String number) {
		Map<Long, UUID> members;
		synchronized (this.remembered) {
			members = this.remembered.get(bundle);
		}
		if (members == null) {
			// the claim committed the bundle before its call: what the table holds now
			// is all it will ever hold, so a bundle found empty is kept empty too
			members = opened(bundle);
			keep(bundle, members);
		}
		return Optional.ofNullable(members.get(fingerprint(number)));
	}

	/**
	 * Which message of the bundle goes to which number (compared as gateways give them).
	 */
	void remember(UUID bundle, Map<String, UUID> messagesByNumber) {
		Map<Long, UUID> members = new HashMap<>();
		messagesByNumber.forEach((number, message) -> members.put(fingerprint(number), message));
		keep(bundle, members);
	}

	private void keep(UUID bundle, Map<Long, UUID> members) {
		synchronized (this.remembered) {
			this.remembered.put(bundle, Map.copyOf(members));
		}
	}

	/**
	 * What is kept of a number: 64 bits of its SHA-256, enough to tell the numbers of one
	 * bundle apart, so that memory holds no list of numbers as such.
	 */
	static long fingerprint(String number) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(PhoneNumbers.comparable(number).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private Map<Long, UUID> opened(UUID bundle) {
		Map<Long, UUID> members = new HashMap<>();
		for (OutboundMessages.Addressed message : this.messages.inBundle(bundle)) {
			try {
				String number = this.sealing.open(message.collective(), "outbound.address", message.sealedAddress());
				members.put(fingerprint(number), message.id());
			}
			catch (RuntimeException ex) {
				// the collective's key is gone: its messages are no one's to report on
			}
		}
		return members;
	}

}
