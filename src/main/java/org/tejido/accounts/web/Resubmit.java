package org.tejido.accounts.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

import org.tejido.site.Lang;
import org.tejido.site.Page;
import org.tejido.site.Texts;

/**
 * When a form comes back after its session expired (its CSRF token no longer matches),
 * the person sees what they typed and sends it again with a fresh token: nothing is lost,
 * and nothing is taken without the token.
 */
@Component
class Resubmit {

	private final TemplateEngine templates;

	private final Texts texts;

	Resubmit(TemplateEngine templates, Texts texts) {
		this.templates = templates;
		this.texts = texts;
	}

	void offer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Lang lang = Lang.fromCode(SignInHandlers.langOf(request)).orElse(Lang.FALLBACK);
		String uri = request.getRequestURI();
		int second = uri.indexOf('/', 1);
		Page page = new Page(lang, this.texts, (second < 0) ? "/" : uri.substring(second), null);
		CsrfToken fresh = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		StringOutput html = new StringOutput();
		this.templates.render("accounts/resubmit.jte",
				Map.of("page", page, "csrf", fresh, "action", uri, "fields", typed(request)), html);
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		response.getOutputStream().write(html.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static List<Map.Entry<String, String>> typed(HttpServletRequest request) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("_csrf") && !name.equals("password") && !name.equals("website")) {
				for (String value : values) {
					fields.add(new AbstractMap.SimpleEntry<>(name, value));
				}
			}
		});
		return fields;
	}

}
