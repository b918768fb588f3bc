package org.tejido.contact;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.site.FormStamp;
import org.tejido.site.Page;

/**
 * The contact form, and the administrators' list of messages.
 */
@Controller
class ContactController {

	private final ContactDesk desk;

	private final FormStamp stamps;

	ContactController(ContactDesk desk, FormStamp stamps) {
		this.desk = desk;
		this.stamps = stamps;
	}

	@GetMapping("/{lang}/contact")
	String form(Page page, CsrfToken csrf, Model model) {
		return show(page, csrf, model, "", "", "", null);
	}

	@PostMapping("/{lang}/contact")
	String send(Page page, @RequestParam(defaultValue = "") String topic,
			@RequestParam(defaultValue = "") String message,
			@RequestParam(name = "reply_to", defaultValue = "") String replyTo,
			@RequestParam(required = false) @Nullable String website, @RequestParam(defaultValue = "") String stamp,
			CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response) {
		Optional<String> problem = this.desk.receive(topic, message, replyTo, website, stamp, page.lang().code(),
				request.getRemoteAddr());
		if (problem.isEmpty()) {
			return "redirect:" + page.href("/contact/thanks");
		}
		response.setStatus("suggest.throttled".equals(problem.get()) ? 429 : 422);
		return show(page, csrf, model, topic, message, replyTo, problem.get());
	}

	@GetMapping("/{lang}/contact/thanks")
	String thanks(Page page, Model model) {
		model.addAttribute("page", page);
		return "contact/thanks";
	}

	@GetMapping("/{lang}/admin/messages")
	String messages(Page page, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("page", page);
		model.addAttribute("messages", this.desk.latest());
		return "contact/messages";
	}

	private String show(Page page, CsrfToken csrf, Model model, String topic, String message, String replyTo,
			@Nullable String problem) {
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("topics", ContactDesk.TOPICS);
		model.addAttribute("topic", topic);
		model.addAttribute("message", message);
		model.addAttribute("replyTo", replyTo);
		model.addAttribute("stamp", this.stamps.issue());
		model.addAttribute("problem", problem);
		return "contact/form";
	}

}
