package org.tejido.accounts.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import org.tejido.accounts.internal.Account;

/**
 * Records, in the session, how far a person has signed in: fully (their role's
 * authority), only far enough to set up the second factor their role requires, or not
 * yet. Only the e-mail address and the authority are kept: nothing about the request,
 * such as where it came from.
 */
@Component
class SignedIn {

	/**
	 * The only authority of someone who must set up a second factor before anything else.
	 */
	static final String ENROLLING = "TWO_FACTOR_ENROLMENT";

	static final String PENDING = SignedIn.class.getName() + ".pending";

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	void fully(Account account, HttpServletRequest request, HttpServletResponse response) {
		save(account, account.role().authority(), request, response);
	}

	void onlyToEnrol(Account account, HttpServletRequest request, HttpServletResponse response) {
		save(account, ENROLLING, request, response);
	}

	/** Password accepted, code still to come: nobody is signed in yet. */
	void awaitingCode(Account account, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext empty = SecurityContextHolder.createEmptyContext();
		SecurityContextHolder.setContext(empty);
		this.contexts.saveContext(empty, request, response);
		request.getSession().setAttribute(PENDING, new PendingSignIn(account.id(), 0));
	}

	private void save(Account account, String authority, HttpServletRequest request, HttpServletResponse response) {
		request.getSession().removeAttribute(PENDING);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.email(), null,
				List.of(new SimpleGrantedAuthority(authority))));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/**
	 * Someone whose password was right and whose code is awaited; attempts at the code
	 * are counted.
	 */
	record PendingSignIn(java.util.UUID account, int attempts) implements java.io.Serializable {

		PendingSignIn failedOnce() {
			return new PendingSignIn(this.account, this.attempts + 1);
		}

	}

}
