package org.tejido.site;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A signed note of when a form was handed out, with a one-time number. It tells a person
 * who filled the form from a script that fills it in a blink, lets a form that waited too
 * long be sent again, and makes a form sent twice count once.
 */
@Component
public class FormStamp {

	static final Duration MAX_AGE = Duration.ofHours(12);

	private final Duration minFillTime;

	private final byte[] key = new byte[32];

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	@Autowired
	FormStamp(@Value("${tejido.library.min-fill-time:3s}") Duration minFillTime) {
		this(minFillTime, Clock.systemUTC());
	}

	FormStamp(Duration minFillTime, Clock clock) {
		this.minFillTime = minFillTime;
		this.clock = clock;
		this.random.nextBytes(this.key);
	}

	public String issue() {
		byte[] nonce = new byte[16];
		this.random.nextBytes(nonce);
		String body = this.clock.millis() + ":" + HexFormat.of().formatHex(nonce);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "."
				+ sign(body);
	}

	/**
	 * Reads a stamp back: its nonce when it is genuine and neither too fresh nor too old.
	 */
	public Reading read(String stamp) {
		String[] parts = stamp.split("\\.", 2);
		if (parts.length != 2) {
			return Reading.INVALID;
		}
		String body;
		try {
			body = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return Reading.INVALID;
		}
		if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
				parts[1].getBytes(StandardCharsets.US_ASCII))) {
			return Reading.INVALID;
		}
		String[] fields = body.split(":", 2);
		Duration age = Duration.between(Instant.ofEpochMilli(Long.parseLong(fields[0])), this.clock.instant());
		if (age.compareTo(this.minFillTime) < 0) {
			return new Reading(Verdict.TOO_FAST, Optional.of(fields[1]));
		}
		if (age.compareTo(MAX_AGE) > 0) {
			return Reading.EXPIRED;
		}
		return new Reading(Verdict.GOOD, Optional.of(fields[1]));
	}

	private String sign(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public enum Verdict {

		GOOD, TOO_FAST, EXPIRED, INVALID

	}

	public record Reading(Verdict verdict, Optional<String> nonce) {

		static final Reading INVALID = new Reading(Verdict.INVALID, Optional.empty());

		static final Reading EXPIRED = new Reading(Verdict.EXPIRED, Optional.empty());

	}

}
