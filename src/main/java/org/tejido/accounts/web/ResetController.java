package org.tejido.accounts.web;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.accounts.internal.PasswordReset;
import org.tejido.site.Page;
import org.tejido.site.RateLimiter;

/**
 * "Forgot your password?": a link by e-mail, then a new password. The answer to a request
 * is the same whether or not the address has an account.
 */
@Controller
class ResetController {

	private static final Log log = LogFactory.getLog(ResetController.class);

	private final PasswordReset reset;

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	private final String siteUrl;

	private final RateLimiter perAddress = new RateLimiter(3, Duration.ofHours(1));

	private final RateLimiter perClient;

	ResetController(PasswordReset reset, ObjectProvider<JavaMailSender> mail,
			@Value("${tejido.mail.from:tejido@localhost}") String from,
			@Value("${tejido.site-url:http://localhost:8080}") String siteUrl,
			@Value("${tejido.site.form-posts-per-client-per-hour:20}") int formPostsPerHour) {
		this.perClient = new RateLimiter(formPostsPerHour, Duration.ofHours(1));
		this.reset = reset;
		this.mail = mail;
		this.from = from;
		this.siteUrl = siteUrl;
	}

	@GetMapping("/{lang}/sign-in/forgot")
	String forgot(Page page, CsrfToken csrf, Model model, HttpServletResponse response) {
		Private.noStore(response);
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("sent", false);
		return "accounts/forgot";
	}

	@PostMapping("/{lang}/sign-in/forgot")
	String request(Page page, @RequestParam(defaultValue = "") String email, CsrfToken csrf, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Private.noStore(response);
		if (this.perClient.tryAcquire(request.getRemoteAddr())
				&& this.perAddress.tryAcquire(email.strip().toLowerCase())) {
			this.reset.start(email).ifPresent((link) -> send(page, link));
		}
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("sent", true);
		return "accounts/forgot";
	}

	@GetMapping("/{lang}/sign-in/reset")
	String resetForm(Page page, @RequestParam(defaultValue = "") String token, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		Private.noStore(response);
		if (!this.reset.isUsable(token)) {
			response.setStatus(400);
		}
		return show(page, token, csrf, model, this.reset.isUsable(token) ? null : "reset.link-unusable");
	}

	@PostMapping("/{lang}/sign-in/reset")
	String finish(Page page, @RequestParam(defaultValue = "") String token,
			@RequestParam(defaultValue = "") String password, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		Private.noStore(response);
		Optional<String> refusal = this.reset.finish(token, password);
		if (refusal.isEmpty()) {
			return "redirect:" + page.href("/sign-in?reset");
		}
		response.setStatus("reset.link-unusable".equals(refusal.get()) ? 400 : 422);
		return show(page, token, csrf, model, refusal.get());
	}

	private String show(Page page, String token, CsrfToken csrf, Model model, String problem) {
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("token", token);
		model.addAttribute("problem", problem);
		return "accounts/reset";
	}

	private void send(Page page, PasswordReset.Link link) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			log.warn("A password reset was asked for, but no mail server is configured (spring.mail.host)");
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(link.email());
		message.setSubject(page.t("reset.mail.subject"));
		message.setText(page.t("reset.mail.body", this.siteUrl + page.href("/sign-in/reset?token=" + link.token())));
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.warn("Could not send a password reset link: " + ex.getMessage());
		}
	}

}
