package org.tejido.territory.satellite;

/** The alert systems whose exports are read. */
public enum AlertSource {

	/** University of Maryland GLAD alerts from Landsat. */
	GLAD_L("GLAD-L", AlertFamily.DEFORESTATION),
	/** University of Maryland GLAD alerts from Sentinel-2. */
	GLAD_S2("GLAD-S2", AlertFamily.DEFORESTATION),
	/** Wageningen University RADD alerts from Sentinel-1 radar. */
	RADD("RADD", AlertFamily.DEFORESTATION),
	/** Global Forest Watch integrated deforestation alerts (GLAD-L, GLAD-S2 and RADD). */
	GFW_INTEGRATED("GFW integrated", AlertFamily.DEFORESTATION),
	/** NASA FIRMS active fires from VIIRS (375 m). */
	FIRMS_VIIRS("FIRMS VIIRS", AlertFamily.FIRE),
	/** NASA FIRMS active fires from MODIS (1 km). */
	FIRMS_MODIS("FIRMS MODIS", AlertFamily.FIRE);

	private final String label;

	private final AlertFamily family;

	AlertSource(String label, AlertFamily family) {
		this.label = label;
		this.family = family;
	}

	/**
	 * The name the source goes by in its own documentation, the same in every language.
	 */
	public String label() {
		return this.label;
	}

	public AlertFamily family() {
		return this.family;
	}

}
