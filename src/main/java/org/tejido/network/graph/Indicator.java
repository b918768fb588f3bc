package org.tejido.network.graph;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One measure of the support network, with what its texts need: the explanation and the
 * suggestion of its family take the subject's name as {0}, the level's name as {1}, and
 * {@code numbers} from {2} on.
 *
 * @param code the family, and the level or sub-group it is about (e.g.
 * {@code gateway.international}, {@code openness.<group id>})
 * @param family which measure it is (concentration, fragility, density, isolated, reach,
 * gateway, openness)
 * @param level the level it is about, if any
 * @param subject the node it names (the member at the top, the sub-group), if any
 * @param subjectLabel that node's name, or the names it lists, or nothing
 * @param value the measure itself (see docs/network.md for each formula)
 * @param flagged whether it crosses its threshold
 */
public record Indicator(String code, String family, @Nullable Level level, @Nullable String subject,
		String subjectLabel, double value, boolean flagged, List<Long> numbers) {

	public Indicator {
		numbers = List.copyOf(numbers);
	}

}
