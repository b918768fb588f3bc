package org.tejido.site.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.tejido.site.SiteStyle;

/**
 * Headers that keep every page self-contained: nothing loads from another host, no script
 * runs, the page cannot be framed, and no address leaks to other sites through the
 * referrer.
 */
@Component
class SecurityHeaders extends OncePerRequestFilter {

	private static final String POLICY = "default-src 'none'; style-src " + SiteStyle.cspHash()
			+ "; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		chain.doFilter(request, response);
	}

}
