package org.tejido.territory.satellite;

/** What a satellite alert is about: only alerts of one family are clustered together. */
public enum AlertFamily {

	DEFORESTATION, FIRE;

	/** The label key of this family in the territory bundle. */
	public String messageKey() {
		return "territory.satellite.family." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
