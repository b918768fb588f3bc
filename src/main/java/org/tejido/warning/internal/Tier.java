package org.tejido.warning.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.tejido.messaging.Channel;

/**
 * One tier of a protocol: who is told (targets: {@code members}, {@code allies},
 * {@code coordinators}, {@code group:<id>}, {@code member:<id>}), by which channels, how
 * long to wait for an acknowledgement before the next tier is called, and, for tiers of
 * outside organisations, their level.
 */
@Embeddable
public class Tier {

	/** The levels of organisation a tier can reach, nearest first. */
	public static final List<String> LEVELS = List.of("collective", "local", "national", "international");

	static final int MAX_WAIT_MINUTES = 7 * 24 * 60;

	private String targets;

	private String channels;

	@Column(name = "wait_minutes")
	private int waitMinutes;

	private String level;

	@SuppressWarnings("NullAway.Init")
	protected Tier() {
	}

	Tier(List<String> targets, List<Channel> channels, int waitMinutes, String level) {
		this.targets = String.join(",", targets);
		this.channels = String.join(",", channels.stream().map(Channel::code).toList());
		this.waitMinutes = waitMinutes;
		this.level = level;
	}

	public List<String> targets() {
		return split(this.targets);
	}

	public List<Channel> channels() {
		return split(this.channels).stream()
			.map((code) -> Channel.valueOf(code.toUpperCase(java.util.Locale.ROOT)))
			.toList();
	}

	public int waitMinutes() {
		return this.waitMinutes;
	}

	public String level() {
		return this.level;
	}

	private static List<String> split(String joined) {
		return Arrays.stream(joined.split(",")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
	}

}
