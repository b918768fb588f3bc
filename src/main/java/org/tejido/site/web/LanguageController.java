package org.tejido.site.web;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import org.tejido.site.Lang;
import org.tejido.site.Page;

/**
 * The root sends each reader to the site in their language; the about page explains
 * collective protection.
 */
@Controller
class LanguageController {

	@GetMapping("/")
	ResponseEntity<Void> root(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
		Lang lang = Lang.negotiate(accepted);
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create("/" + lang.code() + "/"))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.build();
	}

	@GetMapping("/{lang}/about")
	String about(Page page, Model model) {
		model.addAttribute("page", page);
		return "site/about";
	}

}
