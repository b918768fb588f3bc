package org.tejido.library.packs;

import java.util.List;

import org.tejido.site.Lang;
import org.tejido.site.Texts;

/**
 * What every page of a pack receives: its language, the texts in it, and links relative
 * to where the page lies in the pack, so that it opens from a disk as from a server.
 *
 * @param path the page's path inside its language's folder, e.g.
 * {@code resources/slug.html}
 * @param languages the languages of the pack
 */
public record PackPage(Lang lang, Texts texts, String path, List<Lang> languages) {

	public String t(String key, Object... args) {
		return this.texts.get(this.lang, key, args);
	}

	/** A link to another page of the same language, e.g. {@code a-z/index.html}. */
	public String href(String pathInLanguage) {
		return ((depth() == 0) ? "./" : "../".repeat(depth())) + pathInLanguage;
	}

	/** A link to a file at the top of the pack, e.g. {@code search.js}. */
	public String root(String pathInPack) {
		return "../".repeat(depth() + 1) + pathInPack;
	}

	/** This same page in another language of the pack. */
	public String in(Lang other) {
		return root(other.code() + "/" + this.path);
	}

	public boolean isIn(Lang other) {
		return this.lang == other;
	}

	private int depth() {
		return (int) this.path.chars().filter((c) -> c == '/').count();
	}

}
