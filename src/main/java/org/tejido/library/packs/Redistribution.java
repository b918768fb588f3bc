package org.tejido.library.packs;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Whether a resource's licence, as curators wrote it, lets a pack carry copies of its
 * files. Every Creative Commons licence, public-domain dedications and open-source
 * licences allow copying a work unchanged and without charge, which is what a pack does;
 * anything else (no licence, "all rights reserved", a licence we do not recognise) keeps
 * the files out of the pack and the pack points to the source instead.
 */
public final class Redistribution {

	private static final List<String> OPEN = List.of("cc0", "cc by", "cc-by", "creative commons", "public domain",
			"domaine public", "dominio público", "domínio público", "open source", "gpl", "lgpl", "agpl", "mit",
			"apache", "bsd", "mpl", "mozilla public", "open government licence", "odbl", "odc-by", "pddl");

	private static final List<String> CLOSED = List.of("all rights reserved", "todos los derechos reservados",
			"tous droits réservés", "no redistribution", "proprietary");

	private Redistribution() {
	}

	public static boolean allows(@Nullable String licence) {
		if (licence == null || licence.isBlank()) {
			return false;
		}
		String text = licence.toLowerCase(Locale.ROOT);
		if (CLOSED.stream().anyMatch(text::contains)) {
			return false;
		}
		return OPEN.stream().anyMatch((open) -> startsWord(text, open));
	}

	private static boolean startsWord(String text, String word) {
		int at = text.indexOf(word);
		while (at >= 0) {
			boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
			int end = at + word.length();
			boolean after = end == text.length() || !Character.isLetter(text.charAt(end));
			if (before && after) {
				return true;
			}
			at = text.indexOf(word, at + 1);
		}
		return false;
	}

}
