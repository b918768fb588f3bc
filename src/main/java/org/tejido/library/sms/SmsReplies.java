package org.tejido.library.sms;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The library's answers by SMS, in the language of the keyword, each at most
 * {@link SmsText#MAX_PARTS} SMS long: titles and summaries are cut to fit.
 */
final class SmsReplies {

	/**
	 * Between the lines of a reply: not a line break, which some SMS centres (and
	 * Kannel's test one) cut messages at.
	 */
	private static final String SEPARATOR = " | ";

	private final MessageSource messages;

	SmsReplies(MessageSource messages) {
		this.messages = messages;
	}

	/** One result of a search: the resource's code, title and size. */
	record Line(int code, String title, String size) {
	}

	String help(String lang) {
		return text(lang, "smslibrary.help");
	}

	String found(String lang, String words, List<Line> lines, int page, int pages, long total) {
		return SmsText.fitted((length) -> {
			StringBuilder reply = new StringBuilder(
					t(lang, "smslibrary.found", total, SmsText.cut(words, 30), page, pages));
			lines.forEach((line) -> reply.append(SEPARATOR)
				.append(line.code())
				.append(' ')
				.append(SmsText.cut(line.title(), length))
				.append(" (")
				.append(line.size())
				.append(')'));
			if (page < pages) {
				reply.append(SEPARATOR)
					.append(t(lang, "smslibrary.found.more", SmsKeywords.keyword(SmsCommand.Kind.MORE, lang), page + 1,
							SmsKeywords.keyword(SmsCommand.Kind.GET, lang)));
			}
			else {
				reply.append(SEPARATOR)
					.append(t(lang, "smslibrary.found.get", SmsKeywords.keyword(SmsCommand.Kind.GET, lang)));
			}
			return SmsText.gsm(reply.toString());
		});
	}

	String nothingFound(String lang, String words) {
		return text(lang, "smslibrary.none", SmsText.cut(words, 40), SmsKeywords.keyword(SmsCommand.Kind.HELP, lang));
	}

	String noMore(String lang, int pages) {
		return text(lang, "smslibrary.no-more", pages, SmsKeywords.keyword(SmsCommand.Kind.FIND, lang));
	}

	String noSearch(String lang) {
		return text(lang, "smslibrary.no-search", SmsKeywords.keyword(SmsCommand.Kind.FIND, lang));
	}

	String noResource(String lang, int code) {
		return text(lang, "smslibrary.no-resource", String.valueOf(code),
				SmsKeywords.keyword(SmsCommand.Kind.FIND, lang));
	}

	String getUsage(String lang) {
		return text(lang, "smslibrary.get-usage", SmsKeywords.keyword(SmsCommand.Kind.GET, lang));
	}

	String sendUsage(String lang) {
		return text(lang, "smslibrary.send-usage", SmsKeywords.keyword(SmsCommand.Kind.SEND, lang));
	}

	String badEmail(String lang, String email, int code) {
		return text(lang, "smslibrary.bad-email", SmsText.cut(email, 60),
				SmsKeywords.keyword(SmsCommand.Kind.SEND, lang), String.valueOf(code));
	}

	String sending(String lang, int code, String title, String email) {
		return SmsText.fitted((length) -> SmsText
			.gsm(t(lang, "smslibrary.sending", String.valueOf(code), SmsText.cut(title, length), email)));
	}

	/**
	 * A resource's summary: code, title, what it is, its size, and how to have it sent.
	 */
	String summary(String lang, int code, String title, String kind, String size, String summary) {
		return SmsText.fitted((length) -> SmsText
			.gsm(t(lang, "smslibrary.summary", String.valueOf(code), SmsText.cut(title, Math.min(length, 80)), kind,
					size, SmsText.cut(summary, (length > 1000) ? length : length * 2),
					SmsKeywords.keyword(SmsCommand.Kind.SEND, lang))));
	}

	/** The text of a key in a language, as it travels by SMS. */
	String t(String lang, String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.forLanguageTag(lang));
	}

	private String text(String lang, String key, Object... args) {
		return SmsText.fitted((length) -> SmsText.gsm(t(lang, key, args)));
	}

}
