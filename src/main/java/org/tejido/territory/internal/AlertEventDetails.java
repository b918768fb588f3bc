package org.tejido.territory.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.tejido.territory.satellite.AlertEvent;
import org.tejido.territory.satellite.AlertSource;

/**
 * What a ground-truthing task keeps of its event besides where it is: days, count,
 * systems, confidence and fire power, written as one line so that it is sealed as one
 * field.
 */
record AlertEventDetails(LocalDate first, LocalDate last, int count, String sources, String confidence,
		@Nullable Double totalFrp) {

	static AlertEventDetails of(AlertEvent event) {
		return new AlertEventDetails(event.first(), event.last(), event.count(),
				String.join(", ", event.sources().stream().map(AlertSource::label).toList()), event.confidence().name(),
				event.totalFrp());
	}

	String line() {
		return String.join("|", this.first.toString(), this.last.toString(), String.valueOf(this.count), this.sources,
				this.confidence, (this.totalFrp == null) ? "" : String.format(Locale.ROOT, "%.3f", this.totalFrp));
	}

	static AlertEventDetails read(String line) {
		String[] parts = line.split("\\|", -1);
		return new AlertEventDetails(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]), Integer.parseInt(parts[2]),
				parts[3], parts[4], parts[5].isEmpty() ? null : Double.valueOf(parts[5]));
	}

}
