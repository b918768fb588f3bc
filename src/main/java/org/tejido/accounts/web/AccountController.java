package org.tejido.accounts.web;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.accounts.internal.Account;
import org.tejido.accounts.internal.AccountRefused;
import org.tejido.accounts.internal.Accounts;
import org.tejido.accounts.internal.TwoFactor;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * A person's own account: who they are, and setting up their second factor.
 */
@Controller
class AccountController {

	private final Accounts accounts;

	private final TwoFactor twoFactor;

	private final SignedIn signedIn;

	AccountController(Accounts accounts, TwoFactor twoFactor, SignedIn signedIn) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
		this.signedIn = signedIn;
	}

	@GetMapping("/{lang}/account")
	String account(Page page, Principal principal, CsrfToken csrf, Model model, HttpServletResponse response) {
		Private.noStore(response);
		model.addAttribute("page", page);
		model.addAttribute("account", current(principal));
		model.addAttribute("csrf", csrf);
		return "accounts/account";
	}

	@GetMapping("/{lang}/account/two-factor")
	String twoFactor(Page page, Principal principal, CsrfToken csrf, Model model, HttpServletResponse response) {
		Private.noStore(response);
		model.addAttribute("page", page);
		model.addAttribute("account", current(principal));
		model.addAttribute("csrf", csrf);
		model.addAttribute("enrolment", null);
		model.addAttribute("error", null);
		return "accounts/two-factor";
	}

	@PostMapping("/{lang}/account/two-factor")
	String startEnrolment(Page page, Principal principal, CsrfToken csrf, Model model, HttpServletResponse response) {
		Private.noStore(response);
		Account account = current(principal);
		model.addAttribute("page", page);
		model.addAttribute("account", account);
		model.addAttribute("csrf", csrf);
		model.addAttribute("enrolment", this.twoFactor.startEnrolment(account));
		model.addAttribute("error", null);
		return "accounts/two-factor";
	}

	@PostMapping("/{lang}/account/two-factor/confirm")
	String confirm(Page page, Principal principal, @RequestParam String code, CsrfToken csrf, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Private.noStore(response);
		Account account = current(principal);
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		try {
			List<String> recoveryCodes = this.twoFactor.confirmEnrolment(account, code);
			this.signedIn.fully(account, request, response);
			model.addAttribute("codes", recoveryCodes);
			return "accounts/recovery-codes";
		}
		catch (AccountRefused refused) {
			response.setStatus(422);
			model.addAttribute("account", account);
			model.addAttribute("enrolment", null);
			model.addAttribute("error", refused.messageKey());
			return "accounts/two-factor";
		}
	}

	private Account current(Principal principal) {
		return this.accounts.findByEmail(principal.getName()).orElseThrow(NotFound::new);
	}

}
