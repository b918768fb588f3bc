package org.tejido.territory.satellite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Which export a file is, told by its column (or property) names, and where each alert
 * system's date and confidence are.
 */
record AlertFormat(List<DateColumn> columns) {

	/** A system's date column, and its confidence column when the export has one. */
	record DateColumn(AlertSource source, String date, @Nullable String confidence) {
	}

	static final String LATITUDE = "latitude";

	static final String LONGITUDE = "longitude";

	static final String GFW_INTEGRATED = "gfw_integrated_alerts__";

	private static final List<DateColumn> GFW_SYSTEMS = List.of(gfw(AlertSource.GLAD_L, "umd_glad_landsat_alerts__"),
			gfw(AlertSource.GLAD_S2, "umd_glad_sentinel2_alerts__"), gfw(AlertSource.RADD, "wur_radd_alerts__"));

	/** The format these names make, if they make a known one. */
	static @Nullable AlertFormat detect(Collection<String> names) {
		Set<String> has = names.stream().map(AlertFormat::normal).collect(Collectors.toSet());
		if (!has.contains(LATITUDE) || !has.contains(LONGITUDE)) {
			return null;
		}
		if (has.contains("acq_date")) {
			return firms(has);
		}
		if (has.contains(GFW_INTEGRATED + "date")) {
			return new AlertFormat(List.of(withConfidence(gfw(AlertSource.GFW_INTEGRATED, GFW_INTEGRATED), has)));
		}
		List<DateColumn> present = new ArrayList<>();
		for (DateColumn column : GFW_SYSTEMS) {
			if (has.contains(column.date())) {
				present.add(withConfidence(column, has));
			}
		}
		return present.isEmpty() ? null : new AlertFormat(present);
	}

	private static @Nullable AlertFormat firms(Set<String> has) {
		if (has.contains("bright_ti4")) {
			return new AlertFormat(List.of(new DateColumn(AlertSource.FIRMS_VIIRS, "acq_date", "confidence")));
		}
		if (has.contains("brightness")) {
			return new AlertFormat(List.of(new DateColumn(AlertSource.FIRMS_MODIS, "acq_date", "confidence")));
		}
		return null;
	}

	private static DateColumn gfw(AlertSource source, String prefix) {
		return new DateColumn(source, prefix + "date", prefix + "confidence");
	}

	private static DateColumn withConfidence(DateColumn column, Set<String> has) {
		return has.contains(column.confidence()) ? column : new DateColumn(column.source(), column.date(), null);
	}

	static String normal(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	List<AlertSource> sources() {
		return this.columns.stream().map(DateColumn::source).toList();
	}

	boolean fires() {
		return this.columns.getFirst().source().family() == AlertFamily.FIRE;
	}

}
