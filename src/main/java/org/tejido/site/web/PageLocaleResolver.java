package org.tejido.site.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request as its page shows it: the one in the URL ({@code /{lang}/…}),
 * else the {@code lang} parameter (the API), else the best match of
 * {@code Accept-Language}. Spring MVC answers with it in {@code Content-Language}, so the
 * header says the same as the page's {@code lang} attribute. The language is chosen by
 * the URL, never stored, so it cannot be set.
 */
@Component("localeResolver")
class PageLocaleResolver implements LocaleResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return Pages.languageOfAnyRequest(request).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The language of a page is chosen by its URL");
	}

}
