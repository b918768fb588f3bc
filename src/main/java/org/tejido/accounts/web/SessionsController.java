package org.tejido.accounts.web;

import java.security.Principal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import org.tejido.site.Page;

/**
 * A person's open sessions, and ending all of them at once: for a lost phone, a shared
 * computer, or the fear that someone else is signed in.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionsController {

	private final ActiveSessions sessions;

	SessionsController(ActiveSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/{lang}/account/sessions")
	String list(Page page, Principal principal, CsrfToken csrf, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Private.noStore(response);
		HttpSession current = request.getSession();
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("sessions", this.sessions.of(principal.getName(), current.getId()));
		model.addAttribute("when",
				DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(page.lang().locale())
					.withZone(ZoneOffset.UTC));
		return "accounts/sessions";
	}

	@PostMapping("/{lang}/account/sessions/end-all")
	String endAll(Page page, Principal principal, HttpServletRequest request, HttpServletResponse response) {
		Private.noStore(response);
		HttpSession current = request.getSession(false);
		if (current != null) {
			current.invalidate();
		}
		SecurityContextHolder.clearContext();
		this.sessions.endAll(principal.getName());
		return "redirect:" + page.href("/sign-in?ended");
	}

}
