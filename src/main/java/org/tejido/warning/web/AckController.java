package org.tejido.warning.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import org.tejido.site.Page;
import org.tejido.warning.internal.Acknowledgements;

/**
 * The link in an alert's e-mail or inbox message: opening it shows a button (so that link
 * previews and mail scanners acknowledge nothing); pressing it acknowledges. The link
 * carries a keyed token for that alert and person, so it works without signing in.
 */
@Controller
class AckController {

	private final Acknowledgements acknowledgements;

	AckController(Acknowledgements acknowledgements) {
		this.acknowledgements = acknowledgements;
	}

	@GetMapping("/{lang}/ack/{alert}/{member}/{token}")
	String confirm(Page page, @PathVariable UUID alert, @PathVariable UUID member, @PathVariable String token,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("code", this.acknowledgements.codeFor(alert, member, token));
		model.addAttribute("done", false);
		return "warning/ack";
	}

	@PostMapping("/{lang}/ack/{alert}/{member}/{token}")
	String acknowledge(Page page, @PathVariable UUID alert, @PathVariable UUID member, @PathVariable String token,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("code", this.acknowledgements.acknowledge(alert, member, token));
		model.addAttribute("done", true);
		return "warning/ack";
	}

}
