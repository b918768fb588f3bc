package org.tejido.site.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

import org.tejido.site.Lang;
import org.tejido.site.NotFound;
import org.tejido.site.Page;
import org.tejido.site.Texts;

/**
 * Builds the {@link Page} of a request from its URL: {@code /{lang}/rest-of-path}.
 */
@Component
class Pages {

	private final Texts texts;

	Pages(Texts texts) {
		this.texts = texts;
	}

	/**
	 * The page of a request routed to a {@code /{lang}/…} handler; unknown languages are
	 * 404.
	 */
	Page forHandledRequest(HttpServletRequest request) {
		String code = languageVariable(request);
		Lang lang = (code != null) ? Lang.fromCode(code).orElseThrow(NotFound::new) : languageOf(request);
		return new Page(lang, this.texts, pathAfterLanguage(request.getRequestURI()), request.getQueryString());
	}

	/**
	 * The page of any request, for error pages: the URL's language if it has one, else
	 * the browser's.
	 */
	Page forAnyRequest(HttpServletRequest request, String uri) {
		Lang lang = languageInPath(uri);
		if (lang == null) {
			return new Page(languageAsked(request), this.texts, "/", null);
		}
		return new Page(lang, this.texts, pathAfterLanguage(uri), null);
	}

	/**
	 * The language of a request whatever it is: the URL's, else the {@code lang}
	 * parameter's (the API), else the browser's.
	 */
	static Lang languageOfAnyRequest(HttpServletRequest request) {
		Lang inPath = languageInPath(request.getRequestURI());
		return (inPath != null) ? inPath : languageAsked(request);
	}

	private static Lang languageAsked(HttpServletRequest request) {
		return Lang.fromCode(String.valueOf(request.getParameter("lang")))
			.orElseGet(() -> Lang.negotiate(request.getHeader("Accept-Language")));
	}

	private Lang languageOf(HttpServletRequest request) {
		Lang inPath = languageInPath(request.getRequestURI());
		return (inPath != null) ? inPath : Lang.negotiate(request.getHeader("Accept-Language"));
	}

	@SuppressWarnings("unchecked")
	private static @Nullable String languageVariable(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map) ? (String) ((Map<String, String>) map).get("lang") : null;
	}

	static @Nullable Lang languageInPath(String uri) {
		String[] segments = uri.split("/", 3);
		return (segments.length > 1) ? Lang.fromCode(segments[1]).orElse(null) : null;
	}

	static String pathAfterLanguage(String uri) {
		int second = uri.indexOf('/', 1);
		return (second < 0) ? "/" : uri.substring(second);
	}

}
