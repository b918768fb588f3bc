package org.tejido.territory.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a named place is; its code is kept in clear so places can be grouped and filtered.
 */
public enum PlaceKind {

	RIVER_CROSSING, SACRED_SITE, COMMUNITY_HOUSE, BOUNDARY_MARKER, ROAD, CAMP, OTHER;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(PlaceKind::code).toList();
	}

	/**
	 * @throws Invalid if the code names no kind
	 */
	public static PlaceKind fromCode(String code) {
		return Arrays.stream(values())
			.filter((kind) -> kind.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new Invalid("territory.place.kind-unknown"));
	}

}
