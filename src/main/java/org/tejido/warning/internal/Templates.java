package org.tejido.warning.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.messaging.SmsParts;
import org.tejido.site.Lang;
import org.tejido.site.Texts;

/**
 * The messages an alert sends, per language: the collective's own wording where it wrote
 * one, Tejido's otherwise. Placeholders: [code], [category], [severity], [place], [time],
 * and [text] (what the reporter wrote, shortened to fit the parts allowed, so it is
 * measured empty).
 */
@Component
public class Templates {

	/** The kinds of message an alert sends. */
	public static final List<String> KINDS = List.of("alert", "update", "closed", "confirm");

	static final int MAX_LENGTH = 1000;

	static final String SEALED_TEXT = "alert_template.text";

	private final JdbcClient jdbc;

	private final Texts texts;

	private final CollectiveKeys keys;

	Templates(JdbcClient jdbc, Texts texts, CollectiveKeys keys) {
		this.jdbc = jdbc;
		this.texts = texts;
		this.keys = keys;
	}

	/**
	 * A template as the collective sees it: its text, its part limit, whether it is its
	 * own.
	 */
	public record Template(String lang, String kind, String text, int maxParts, boolean own) {
	}

	@Transactional(readOnly = true)
	public Template of(UUID collective, String lang, String kind) {
		return this.jdbc
			.sql("select sealed_text, text, max_parts from alert_template"
					+ " where collective_id = ? and lang = ? and kind = ?")
			.params(collective, lang, kind)
			.query((row, n) -> new Template(lang, kind, opened(collective, row.getBytes(1), row.getString(2)),
					row.getInt(3), true))
			.optional()
			.orElseGet(() -> new Template(lang, kind, this.texts.get(language(lang), "alerts.template." + kind), 3,
					false));
	}

	/**
	 * @throws Invalid if the text is empty, has no alert code, or takes more SMS parts
	 * than the limit once filled in
	 */
	@Transactional
	public SmsParts save(UUID collective, String lang, String kind, String text, int maxParts) {
		String stripped = text.strip();
		if (!KINDS.contains(kind) || Lang.fromCode(lang).isEmpty()) {
			throw new org.tejido.site.NotFound();
		}
		if (stripped.isEmpty() || stripped.length() > MAX_LENGTH || maxParts < 1 || maxParts > 10) {
			throw new Invalid("alerts.template-invalid");
		}
		if (!stripped.contains("[code]")) {
			throw new Invalid("alerts.template-needs-code");
		}
		SmsParts parts = SmsParts.measure(fill(stripped, sample()));
		if (parts.parts() > maxParts) {
			throw new Invalid("alerts.template-too-long", parts.parts(), maxParts);
		}
		this.jdbc.sql("delete from alert_template where collective_id = ? and lang = ? and kind = ?")
			.params(collective, lang, kind)
			.update();
		this.jdbc.sql(
				"insert into alert_template (collective_id, lang, kind, sealed_text, max_parts) values (?, ?, ?, ?, ?)")
			.params(collective, lang, kind, this.keys.sealed(collective).seal(SEALED_TEXT, stripped), maxParts)
			.update();
		return parts;
	}

	/**
	 * How a template reads once filled in with a sample alert, and what it takes as SMS.
	 */
	public SmsParts preview(String text) {
		return SmsParts.measure(fill(text, sample()));
	}

	public static String fill(String template, Map<String, String> values) {
		String filled = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			filled = filled.replace("[" + value.getKey() + "]", value.getValue());
		}
		return filled;
	}

	/** Values as long as real ones commonly are, to measure a template by. */
	public static Map<String, String> sample() {
		return Map.of("code", "4821", "category", "strangers in the territory", "severity", "high", "place",
				"the river crossing by the school", "time", "21 Nov 14:30", "text", "");
	}

	/**
	 * The sealed wording, or the plaintext of a row written before wordings were sealed.
	 */
	private String opened(UUID collective, byte @Nullable [] sealed, @Nullable String legacy) {
		return (sealed != null) ? this.keys.sealed(collective).open(SEALED_TEXT, sealed)
				: Objects.requireNonNullElse(legacy, "");
	}

	private static Lang language(String code) {
		return Lang.fromCode(code).orElse(Lang.FALLBACK);
	}

}
