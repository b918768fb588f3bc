package org.tejido.site;

import java.util.regex.Pattern;

/**
 * A deliberately loose check of an e-mail address (something@somewhere.tld): whether mail
 * reaches it is only known by sending.
 */
public final class EmailAddresses {

	public static final int MAX_LENGTH = 320;

	private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private EmailAddresses() {
	}

	public static boolean isPlausible(String address) {
		return address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches();
	}

}
