package org.tejido.territory.satellite;

/**
 * The confidence of an alert, normalised over the sources' own scales; ordered from low
 * to high.
 */
public enum Confidence {

	LOW, NOMINAL, HIGH;

	/** The label key of this confidence in the territory bundle. */
	public String messageKey() {
		return "territory.satellite.confidence." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
