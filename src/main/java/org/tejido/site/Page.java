package org.tejido.site;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What every page template receives: the reader's language, the texts in it, and the
 * links to the same page in the other languages.
 *
 * @param lang the language of the page
 * @param texts the interface texts
 * @param path the path after the language segment, starting with {@code /}
 * @param query the query string, without {@code ?}, or {@code null}
 */
public record Page(Lang lang, Texts texts, String path, @Nullable String query) {

	public String t(String key, Object... args) {
		return this.texts.get(this.lang, key, args);
	}

	/** A link to another page in the reader's language. */
	public String href(String pathInLanguage) {
		return "/" + this.lang.code() + pathInLanguage;
	}

	/** This same page in another language. */
	public String in(Lang other) {
		return "/" + other.code() + this.path + ((this.query != null) ? "?" + this.query : "");
	}

	/**
	 * Whether the reader is signed in (past every step), so that the footer offers their
	 * account rather than signing in.
	 */
	public boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	public boolean isIn(Lang other) {
		return this.lang == other;
	}

	public List<Lang> languages() {
		return List.of(Lang.values());
	}

}
