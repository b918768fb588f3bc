package org.tejido.warning.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a member texted: an acknowledgement ({@code OK 4821} in any of the
 * languages), a report in the keyword form ({@code ALERT strangers river crossing}), or
 * plain words, which are a report too; nothing is ever dropped as unreadable.
 */
final class SmsReports {

	private static final Pattern ACK = Pattern
		.compile("^(?:OK|ACK|RECIBIDO|RECIBIDA|VISTO|ENTERADO|ENTENDIDO|RECU|VU|RECEBIDO|CIENTE|TERIMA|DITERIMA|SIAP)"
				+ "\\W+(\\d{4,8})\\b.*", Pattern.DOTALL);

	private static final Pattern ALERT = Pattern
		.compile("^(?:ALERT|ALERTA|ALERTE|PERINGATAN|BAHAYA|AVISO|SOS)\\b\\W*(.*)$", Pattern.DOTALL);

	private static final Map<String, Category> CATEGORY_WORDS = Map.ofEntries(
			Map.entry("strangers", Category.STRANGERS), Map.entry("extranos", Category.STRANGERS),
			Map.entry("desconocidos", Category.STRANGERS), Map.entry("etrangers", Category.STRANGERS),
			Map.entry("inconnus", Category.STRANGERS), Map.entry("estranhos", Category.STRANGERS),
			Map.entry("asing", Category.STRANGERS), Map.entry("threat", Category.THREAT),
			Map.entry("amenaza", Category.THREAT), Map.entry("menace", Category.THREAT),
			Map.entry("ameaca", Category.THREAT), Map.entry("ancaman", Category.THREAT),
			Map.entry("eviction", Category.EVICTION), Map.entry("desalojo", Category.EVICTION),
			Map.entry("expulsion", Category.EVICTION), Map.entry("despejo", Category.EVICTION),
			Map.entry("penggusuran", Category.EVICTION), Map.entry("attack", Category.ATTACK),
			Map.entry("ataque", Category.ATTACK), Map.entry("attaque", Category.ATTACK),
			Map.entry("serangan", Category.ATTACK), Map.entry("mining", Category.EXTRACTION),
			Map.entry("logging", Category.EXTRACTION), Map.entry("deforestation", Category.EXTRACTION),
			Map.entry("mineria", Category.EXTRACTION), Map.entry("tala", Category.EXTRACTION),
			Map.entry("deforestacion", Category.EXTRACTION), Map.entry("miniere", Category.EXTRACTION),
			Map.entry("mineracao", Category.EXTRACTION), Map.entry("desmatamento", Category.EXTRACTION),
			Map.entry("tambang", Category.EXTRACTION), Map.entry("smear", Category.SMEAR),
			Map.entry("estigma", Category.SMEAR), Map.entry("stigmatisation", Category.SMEAR),
			Map.entry("fitnah", Category.SMEAR), Map.entry("arrest", Category.ARREST),
			Map.entry("detencion", Category.ARREST), Map.entry("captura", Category.ARREST),
			Map.entry("arrestation", Category.ARREST), Map.entry("prisao", Category.ARREST),
			Map.entry("penangkapan", Category.ARREST), Map.entry("other", Category.OTHER),
			Map.entry("otro", Category.OTHER), Map.entry("autre", Category.OTHER), Map.entry("outro", Category.OTHER),
			Map.entry("lain", Category.OTHER));

	private static final List<String> URGENT = List.of("urgent", "urgente", "darurat", "critical", "critico");

	private SmsReports() {
	}

	/** What a text means. */
	sealed interface Reading {

	}

	record Acknowledgement(String code) implements Reading {
	}

	record Reported(Category category, Severity severity, String text) implements Reading {
	}

	record Empty() implements Reading {
	}

	static Reading read(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return new Empty();
		}
		String upper = trimmed.toUpperCase(Locale.ROOT);
		Matcher ack = ACK.matcher(folded(upper));
		if (ack.matches()) {
			return new Acknowledgement(ack.group(1));
		}
		Matcher alert = ALERT.matcher(upper);
		String words = alert.matches() ? trimmed.substring(trimmed.length() - alert.group(1).length()) : trimmed;
		return reported(words.isBlank() ? trimmed : words);
	}

	private static Reported reported(String words) {
		String[] parts = words.strip().split("\\s+", 2);
		Optional<Category> category = Optional
			.ofNullable(CATEGORY_WORDS.get(folded(parts[0]).toLowerCase(Locale.ROOT)));
		String rest = category.isPresent() && parts.length > 1 ? parts[1] : words.strip();
		boolean urgent = URGENT.stream().anyMatch((word) -> folded(words).toLowerCase(Locale.ROOT).contains(word));
		return new Reported(category.orElse(Category.OTHER), urgent ? Severity.CRITICAL : Severity.HIGH,
				category.isPresent() && parts.length == 1 ? words.strip() : rest);
	}

	private static String folded(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

}
