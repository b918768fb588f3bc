package org.tejido.risk.capacities;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five capacities of a strong collective (Protection International, 2024), in the
 * order the collective assesses them; each is scored on the {@link Score} scale.
 */
public enum Capacity {

	/** To remain in the territory, and face and work through attacks and their harm. */
	REMAIN("remain"),
	/** To know what happens in and around the territory, and what is planned for it. */
	KNOW("know"),
	/** To take decisions together on the best course of action (cohesion). */
	DECIDE("decide"),
	/** To create and call on networks outside the collective. */
	NETWORKS("networks"),
	/** To take part in non-violent public action, in the territory and beyond. */
	ACTION("action");

	private final String code;

	Capacity(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Optional<Capacity> fromCode(String code) {
		return Arrays.stream(values()).filter((capacity) -> capacity.code.equals(code)).findFirst();
	}

}
