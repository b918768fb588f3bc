package org.tejido.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports on loopback for tests. */
public final class Ports {

	private Ports() {
	}

	/**
	 * A port nothing listens on right now: for a server the test starts, or for a gateway
	 * that is not there.
	 */
	public static int free() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
