package org.tejido.territory.satellite;

/** What a satellite alert is about: only alerts of one family are clustered together. */
public enum AlertFamily {

	DEFORESTATION, FIRE

}
