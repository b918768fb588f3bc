package org.tejido.accounts.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import org.tejido.accounts.internal.SignInThrottle;

/**
 * Stops a sign-in attempt before the password is even checked when its account or its
 * client has used up its attempts; the sign-in page then answers 429 and says to wait.
 */
class ThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	ThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && SecurityConfiguration.SIGN_IN.equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = String.valueOf(request.getParameter("email"));
		if (!this.throttle.tryAttempt(email, request.getRemoteAddr())) {
			response.sendRedirect("/" + SignInHandlers.langOf(request) + "/sign-in?error=throttled");
			return;
		}
		chain.doFilter(request, response);
	}

}
