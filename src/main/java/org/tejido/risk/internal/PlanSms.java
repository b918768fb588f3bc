package org.tejido.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.tejido.messaging.SmsParts;

/**
 * Fits a plan's texts into one SMS (160 GSM 7-bit characters, or 70 as soon as one
 * character is outside that alphabet): titles are shortened, ending with a full stop,
 * down to {@value #SHORTEST} characters, then the last measures are left out and counted
 * ({@code +2}). Dates are written {@code yyyy-MM-dd}, read the same in every language.
 */
public final class PlanSms {

	/** The shortest a title is cut to before measures are left out. */
	static final int SHORTEST = 12;

	private PlanSms() {
	}

	/** One of someone's measures, as their SMS names it. */
	public record Item(String title, @Nullable LocalDate dueOn) {
	}

	/** A text that names one title, the title shortened until the text fits one SMS. */
	public static String withTitle(Function<String, String> text, String title) {
		String clean = clean(title);
		for (int length = clean.codePointCount(0, clean.length()); length >= SHORTEST; length--) {
			String written = text.apply(cut(clean, length));
			if (fits(written)) {
				return written;
			}
		}
		return hardCut(text.apply(cut(clean, SHORTEST)));
	}

	/**
	 * A text that lists measures (the list goes where the text function puts it), their
	 * titles shortened, and the last ones left out and counted, until it fits one SMS.
	 */
	public static String listing(Function<String, String> text, List<Item> items) {
		int longest = items.stream().mapToInt((item) -> length(clean(item.title()))).max().orElse(0);
		for (int shown = items.size(); shown >= 1; shown--) {
			for (int length = longest; length >= Math.min(SHORTEST, longest); length--) {
				String written = text.apply(list(items, shown, length));
				if (fits(written)) {
					return written;
				}
			}
		}
		return hardCut(text.apply(list(items, Math.min(1, items.size()), SHORTEST)));
	}

	/** Whether a text travels as one SMS. */
	public static boolean fits(String text) {
		return SmsParts.measure(text).parts() == 1;
	}

	private static String list(List<Item> items, int shown, int titleLength) {
		List<String> parts = new ArrayList<>();
		for (Item item : items.subList(0, shown)) {
			String title = cut(clean(item.title()), titleLength);
			parts.add((item.dueOn() != null) ? title + " " + item.dueOn() : title);
		}
		String listed = String.join("; ", parts);
		return (shown < items.size()) ? listed + " +" + (items.size() - shown) : listed;
	}

	private static String clean(String title) {
		return title.strip().replaceAll("\\s+", " ");
	}

	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	private static String cut(String title, int codePoints) {
		if (length(title) <= codePoints) {
			return title;
		}
		return title.substring(0, title.offsetByCodePoints(0, codePoints - 1)).strip() + ".";
	}

	private static String hardCut(String text) {
		String cut = text;
		while (!fits(cut) && !cut.isEmpty()) {
			cut = cut.substring(0, cut.offsetByCodePoints(0, length(cut) - 1));
		}
		return cut;
	}

}
