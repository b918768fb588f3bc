package org.tejido.site;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The interface texts of every page, per language, from the {@code i18n/messages}
 * bundles. A key missing in a language falls back to English, never to the raw key.
 */
@Component
public class Texts {

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	public String get(Lang lang, String key, Object... args) {
		return this.messages.getMessage(key, args, key, lang.locale());
	}

}
