package org.tejido.accounts.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import org.tejido.accounts.internal.Account;
import org.tejido.accounts.internal.Accounts;
import org.tejido.accounts.internal.SignInThrottle;
import org.tejido.site.Lang;

/**
 * Where each step of signing in leads, always in the language the person was reading.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler,
		AuthenticationEntryPoint, AccessDeniedHandler {

	private final Accounts accounts;

	private final SignedIn signedIn;

	private final Resubmit resubmit;

	private final SignInThrottle throttle;

	SignInHandlers(Accounts accounts, SignedIn signedIn, Resubmit resubmit, SignInThrottle throttle) {
		this.accounts = accounts;
		this.signedIn = signedIn;
		this.resubmit = resubmit;
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		Account account = this.accounts.findByEmail(authentication.getName()).orElseThrow();
		this.throttle.succeeded(account.email(), request.getRemoteAddr());
		String lang = langOf(request);
		if (account.hasTwoFactor()) {
			this.signedIn.awaitingCode(account, request, response);
			ReturnAddress.remember(request);
			response.sendRedirect("/" + lang + "/sign-in/code");
		}
		else if (account.role().needsTwoFactor()) {
			this.signedIn.onlyToEnrol(account, request, response);
			response.sendRedirect("/" + lang + "/account/two-factor");
		}
		else {
			this.signedIn.fully(account, request, response);
			String next = ReturnAddress.safe(request.getParameter(ReturnAddress.PARAMETER));
			response.sendRedirect((next != null) ? next : "/" + lang + "/account");
		}
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		this.throttle.failed(String.valueOf(request.getParameter("email")), request.getRemoteAddr());
		response.sendRedirect("/" + langOf(request) + "/sign-in?error");
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
			@Nullable Authentication authentication) throws IOException {
		response.sendRedirect("/" + langOf(request) + "/");
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
		String next = ReturnAddress.of(request);
		String query = (ended ? "timed-out" : "") + ((ended && !next.isEmpty()) ? "&" : "") + next;
		response.sendRedirect("/" + langOf(request) + "/sign-in" + (query.isEmpty() ? "" : "?" + query));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean enrolling = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> SignedIn.ENROLLING.equals(authority.getAuthority()));
		if (enrolling) {
			response.sendRedirect("/" + langOf(request) + "/account/two-factor");
			return;
		}
		if (exception instanceof CsrfException && "POST".equals(request.getMethod())) {
			this.resubmit.offer(request, response);
			return;
		}
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	/** The language of the form (its {@code lang} field) or of the address. */
	static String langOf(HttpServletRequest request) {
		String field = request.getParameter("lang");
		if (field != null && Lang.fromCode(field).isPresent()) {
			return field;
		}
		String[] segments = request.getRequestURI().split("/", 3);
		return (segments.length > 1 && Lang.fromCode(segments[1]).isPresent()) ? segments[1]
				: Lang.negotiate(request.getHeader("Accept-Language")).code();
	}

}
