package org.tejido.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.accounts.internal.Account;
import org.tejido.accounts.internal.Accounts;
import org.tejido.accounts.internal.TwoFactor;
import org.tejido.site.Page;

/**
 * The sign-in form and, for accounts with a second factor, the one-time code form.
 */
@Controller
class SignInController {

	static final int MAX_CODE_ATTEMPTS = 5;

	private final Accounts accounts;

	private final TwoFactor twoFactor;

	private final SignedIn signedIn;

	SignInController(Accounts accounts, TwoFactor twoFactor, SignedIn signedIn) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
		this.signedIn = signedIn;
	}

	@GetMapping("/{lang}/sign-in")
	String signIn(Page page, @RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String reset,
			@RequestParam(required = false) @Nullable String ended,
			@RequestParam(name = "timed-out", required = false) @Nullable String timedOut,
			@RequestParam(required = false) @Nullable String next, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		Private.noStore(response);
		if ("throttled".equals(error)) {
			response.setStatus(429);
		}
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("reset", reset != null);
		model.addAttribute("ended", ended != null);
		model.addAttribute("timedOut", timedOut != null);
		model.addAttribute("next", ReturnAddress.safe(next));
		model.addAttribute("error",
				(error == null) ? null : "throttled".equals(error) ? "sign-in.throttled" : "sign-in.failed");
		return "accounts/sign-in";
	}

	@GetMapping("/{lang}/sign-in/code")
	String code(Page page, HttpSession session, CsrfToken csrf, Model model, HttpServletResponse response) {
		Private.noStore(response);
		if (session.getAttribute(SignedIn.PENDING) == null) {
			return "redirect:" + page.href("/sign-in");
		}
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("error", null);
		return "accounts/code";
	}

	@PostMapping("/{lang}/sign-in/code")
	String checkCode(Page page, @RequestParam String code, HttpServletRequest request, HttpServletResponse response,
			CsrfToken csrf, Model model) {
		Private.noStore(response);
		HttpSession session = request.getSession();
		if (!(session.getAttribute(SignedIn.PENDING) instanceof SignedIn.PendingSignIn pending)) {
			return "redirect:" + page.href("/sign-in");
		}
		Account account = this.accounts.findById(pending.account()).orElse(null);
		if (account != null && this.twoFactor.verify(account, code)) {
			this.signedIn.fully(account, request, response);
			String next = ReturnAddress.taken(request.getSession());
			return "redirect:" + ((next != null) ? next : page.href("/account"));
		}
		SignedIn.PendingSignIn counted = pending.failedOnce();
		if (counted.attempts() >= MAX_CODE_ATTEMPTS) {
			session.removeAttribute(SignedIn.PENDING);
			return "redirect:" + page.href("/sign-in?error");
		}
		session.setAttribute(SignedIn.PENDING, counted);
		response.setStatus(422);
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("error", "sign-in.wrong-code");
		return "accounts/code";
	}

}
