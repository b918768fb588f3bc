package org.tejido.collectives.web;

import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.accounts.People;
import org.tejido.accounts.Person;
import org.tejido.collectives.Membership;
import org.tejido.collectives.internal.CollectiveDetails;
import org.tejido.collectives.internal.CollectiveDirectory;
import org.tejido.collectives.internal.Invalid;
import org.tejido.collectives.internal.InvitationDesk;
import org.tejido.collectives.internal.MemberInput;
import org.tejido.site.NotFound;
import org.tejido.site.Page;
import org.tejido.site.RateLimiter;
import org.tejido.site.Refused;

/**
 * The collectives a person belongs to, founding a new one, and joining one with an
 * invitation code.
 */
@Controller
class CollectivesController {

	private final CollectiveDirectory directory;

	private final InvitationDesk invitations;

	private final People people;

	private final RateLimiter joinAttempts;

	CollectivesController(CollectiveDirectory directory, InvitationDesk invitations, People people,
			@Value("${tejido.collectives.join-attempts-per-hour:20}") int joinAttemptsPerHour) {
		this.directory = directory;
		this.invitations = invitations;
		this.people = people;
		this.joinAttempts = new RateLimiter(joinAttemptsPerHour, Duration.ofHours(1));
	}

	@GetMapping("/{lang}/collectives")
	String mine(Page page, Principal principal, CsrfToken csrf, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		Person person = person(principal);
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("collectives", this.directory.of(person));
		model.addAttribute("twoFactor", person.twoFactor());
		return "collectives/mine";
	}

	@GetMapping("/{lang}/collectives/new")
	String foundForm(Page page, Principal principal, CsrfToken csrf, Model model, HttpServletResponse response) {
		if (!person(principal).twoFactor()) {
			return "redirect:" + page.href("/account/two-factor");
		}
		return founding(page, csrf, model, response, CollectiveDetails.of("", "", "", "", ""), "", null);
	}

	@PostMapping("/{lang}/collectives")
	String found(Page page, Principal principal, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String territory,
			@RequestParam(defaultValue = "") String languages, @RequestParam(defaultValue = "") String attributes,
			@RequestParam(name = "your_name", defaultValue = "") String yourName, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		Person person = person(principal);
		if (!person.twoFactor()) {
			return "redirect:" + page.href("/account/two-factor");
		}
		CollectiveDetails details = CollectiveDetails.of(name, description, territory, languages, attributes);
		try {
			UUID id = this.directory.found(person, details, yourName);
			return "redirect:" + page.href("/c/" + id);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			return founding(page, csrf, model, response, details, yourName, invalid.messageKey());
		}
	}

	@GetMapping("/{lang}/join")
	String join(Page page, @RequestParam(defaultValue = "") String code, @Nullable Principal principal, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("code", code);
		model.addAttribute("signedIn", principal != null);
		model.addAttribute("preview", (principal != null && !code.isBlank()) ? preview(principal, code) : null);
		model.addAttribute("input", new MemberInput("", "", "", page.lang().code(), Map.of(), false, ""));
		model.addAttribute("email", "");
		model.addAttribute("problem", null);
		return "collectives/join";
	}

	@PostMapping("/{lang}/join")
	String redeem(Page page, @RequestParam(defaultValue = "") String code, @Nullable Principal principal,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String email, CsrfToken csrf, Model model, HttpServletResponse response) {
		if (principal == null) {
			return "redirect:" + page.href("/join?code=" + code);
		}
		InvitationDesk.Preview preview = preview(principal, code);
		MemberInput input = new MemberInput(name, phone, email, page.lang().code(), Map.of(), false, "");
		try {
			Membership membership = this.invitations.redeem(code, person(principal), input);
			return "redirect:" + page.href("/c/" + membership.collective());
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("page", page);
			model.addAttribute("csrf", csrf);
			model.addAttribute("code", code);
			model.addAttribute("signedIn", true);
			model.addAttribute("preview", preview);
			model.addAttribute("input", input);
			model.addAttribute("email", "");
			model.addAttribute("problem", invalid.messageKey());
			return "collectives/join";
		}
	}

	@PostMapping("/{lang}/join/new")
	String redeemAsNewcomer(Page page, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String phone,
			CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!this.joinAttempts.tryAcquire("client:" + request.getRemoteAddr())) {
			throw new Refused(HttpStatus.TOO_MANY_REQUESTS, "collectives.join-throttled");
		}
		MemberInput input = new MemberInput(name, phone, "", page.lang().code(), Map.of(), false, "");
		try {
			this.invitations.redeemAsNewcomer(code, email, password, input);
			return "redirect:" + page.href("/sign-in?joined");
		}
		catch (NotFound unknown) {
			return newcomerAgain(page, csrf, model, response, HttpStatus.NOT_FOUND, code, input, email,
					"collectives.code-unknown");
		}
		catch (Refused refused) {
			if (refused.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
				throw refused;
			}
			return newcomerAgain(page, csrf, model, response, refused.status(), code, input, email,
					refused.messageKey());
		}
	}

	/** The newcomer's form again, with what they typed (but the password) and why. */
	private String newcomerAgain(Page page, CsrfToken csrf, Model model, HttpServletResponse response,
			HttpStatus status, String code, MemberInput input, String email, String problem) {
		response.setStatus(status.value());
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("code", code);
		model.addAttribute("signedIn", false);
		model.addAttribute("preview", null);
		model.addAttribute("input", input);
		model.addAttribute("email", email);
		model.addAttribute("problem", problem);
		return "collectives/join";
	}

	private InvitationDesk.Preview preview(Principal principal, String code) {
		Person person = person(principal);
		if (!this.joinAttempts.tryAcquire(person.id().toString())) {
			throw new Refused(HttpStatus.TOO_MANY_REQUESTS, "collectives.join-throttled");
		}
		return this.invitations.preview(code);
	}

	private String founding(Page page, CsrfToken csrf, Model model, HttpServletResponse response,
			CollectiveDetails details, String yourName, @Nullable String problem) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("details", details);
		model.addAttribute("yourName", yourName);
		model.addAttribute("problem", problem);
		return "collectives/new";
	}

	private Person person(Principal principal) {
		return this.people.signedInAs(principal.getName()).orElseThrow(NotFound::new);
	}

}
