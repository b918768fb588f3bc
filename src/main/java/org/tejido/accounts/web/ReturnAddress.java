package org.tejido.accounts.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * Where someone sent to sign in was going, so that signing in takes them back there. Only
 * a page of this site is accepted ({@code /xx/…}), never another host, so the address
 * cannot be used to send people elsewhere.
 */
final class ReturnAddress {

	static final String PARAMETER = "next";

	private static final String ATTRIBUTE = ReturnAddress.class.getName();

	private static final Pattern LOCAL_PAGE = Pattern.compile("/[a-z]{2}/[A-Za-z0-9/._~%=&?+-]*");

	private ReturnAddress() {
	}

	/** The page a refused GET asked for, as a query parameter of the sign-in page. */
	static String of(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return "";
		}
		String query = request.getQueryString();
		String page = request.getRequestURI() + ((query != null) ? "?" + query : "");
		return (safe(page) != null) ? PARAMETER + "=" + URLEncoder.encode(page, StandardCharsets.UTF_8) : "";
	}

	static @Nullable String safe(@Nullable String address) {
		return (address != null && address.length() <= 500 && LOCAL_PAGE.matcher(address).matches()) ? address : null;
	}

	/** Keeps the address while the second factor is asked for. */
	static void remember(HttpServletRequest request) {
		String next = safe(request.getParameter(PARAMETER));
		if (next != null) {
			request.getSession().setAttribute(ATTRIBUTE, next);
		}
	}

	static @Nullable String taken(HttpSession session) {
		Object next = session.getAttribute(ATTRIBUTE);
		session.removeAttribute(ATTRIBUTE);
		return (next instanceof String address) ? safe(address) : null;
	}

}
