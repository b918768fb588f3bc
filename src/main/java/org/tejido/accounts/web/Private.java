package org.tejido.accounts.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages about one person are never kept by browsers or proxies.
 */
final class Private {

	private Private() {
	}

	static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
	}

}
