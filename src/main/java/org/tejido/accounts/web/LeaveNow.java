package org.tejido.accounts.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.site.Lang;

/**
 * "Leave now": a plain link that ends the session at once and shows a page anyone may be
 * seen reading, the library. It only ever ends a session, so it needs no form token.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LeaveNow {

	private final CookieSerializer cookie;

	LeaveNow(CookieSerializer cookie) {
		this.cookie = cookie;
	}

	@GetMapping("/leave")
	ResponseEntity<Void> leave(@RequestParam(required = false) @Nullable String lang, HttpServletRequest request,
			HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		else if (!this.cookie.readCookieValues(request).isEmpty()) {
			this.cookie.writeCookieValue(new CookieSerializer.CookieValue(request, response, ""));
		}
		SecurityContextHolder.clearContext();
		String library = "/" + Lang.fromCode(String.valueOf(lang)).orElse(Lang.FALLBACK).code() + "/library";
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create(library))
			.cacheControl(CacheControl.noStore())
			.header("Clear-Site-Data", "\"cookies\", \"storage\"")
			.build();
	}

}
