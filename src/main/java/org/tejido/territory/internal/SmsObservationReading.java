package org.tejido.territory.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads an SMS that reports an observation: a keyword in one of the five languages
 * ({@code OBS}, {@code OBSERVATION}, {@code OBSERVACION}, {@code OBSERVACAO},
 * {@code PENGAMATAN}, {@code AMATI}), an optional category word, optional coordinates
 * ({@code 2.4512,-76.6123}), and the rest as what was seen, in which a place may be
 * named.
 */
final class SmsObservationReading {

	private static final Pattern KEYWORD = Pattern
		.compile("^(?:OBS|OBSERVATION|OBSERVACION|OBSERVACAO|PENGAMATAN|AMATI)\\b[\\s:.,-]*(.*)$", Pattern.DOTALL);

	private static final Pattern POSITION = Pattern
		.compile("(?<![\\d.])(-?\\d{1,2}(?:\\.\\d+))\\s*[,;\\s]\\s*(-?\\d{1,3}(?:\\.\\d+))(?![\\d.])");

	private static final Map<String, ObservationCategory> WORDS = Map.ofEntries(
			Map.entry("strangers", ObservationCategory.STRANGERS), Map.entry("extranos", ObservationCategory.STRANGERS),
			Map.entry("etrangers", ObservationCategory.STRANGERS),
			Map.entry("estranhos", ObservationCategory.STRANGERS), Map.entry("asing", ObservationCategory.STRANGERS),
			Map.entry("threat", ObservationCategory.THREAT), Map.entry("amenaza", ObservationCategory.THREAT),
			Map.entry("menace", ObservationCategory.THREAT), Map.entry("ameaca", ObservationCategory.THREAT),
			Map.entry("ancaman", ObservationCategory.THREAT), Map.entry("mining", ObservationCategory.EXTRACTION),
			Map.entry("logging", ObservationCategory.EXTRACTION),
			Map.entry("deforestation", ObservationCategory.EXTRACTION),
			Map.entry("mineria", ObservationCategory.EXTRACTION), Map.entry("tala", ObservationCategory.EXTRACTION),
			Map.entry("deforestacion", ObservationCategory.EXTRACTION),
			Map.entry("mineracao", ObservationCategory.EXTRACTION),
			Map.entry("desmatamento", ObservationCategory.EXTRACTION),
			Map.entry("tambang", ObservationCategory.EXTRACTION), Map.entry("wildlife", ObservationCategory.WILDLIFE),
			Map.entry("fauna", ObservationCategory.WILDLIFE), Map.entry("satwa", ObservationCategory.WILDLIFE),
			Map.entry("water", ObservationCategory.WATER), Map.entry("agua", ObservationCategory.WATER),
			Map.entry("eau", ObservationCategory.WATER), Map.entry("air", ObservationCategory.WATER),
			Map.entry("fire", ObservationCategory.FIRE), Map.entry("fuego", ObservationCategory.FIRE),
			Map.entry("incendio", ObservationCategory.FIRE), Map.entry("feu", ObservationCategory.FIRE),
			Map.entry("fogo", ObservationCategory.FIRE), Map.entry("api", ObservationCategory.FIRE),
			Map.entry("kebakaran", ObservationCategory.FIRE), Map.entry("boundary", ObservationCategory.BOUNDARY),
			Map.entry("lindero", ObservationCategory.BOUNDARY), Map.entry("limite", ObservationCategory.BOUNDARY),
			Map.entry("frontiere", ObservationCategory.BOUNDARY), Map.entry("divisa", ObservationCategory.BOUNDARY),
			Map.entry("batas", ObservationCategory.BOUNDARY),
			Map.entry("infrastructure", ObservationCategory.INFRASTRUCTURE),
			Map.entry("obra", ObservationCategory.INFRASTRUCTURE),
			Map.entry("infraestructura", ObservationCategory.INFRASTRUCTURE),
			Map.entry("infraestrutura", ObservationCategory.INFRASTRUCTURE),
			Map.entry("infrastruktur", ObservationCategory.INFRASTRUCTURE),
			Map.entry("other", ObservationCategory.OTHER), Map.entry("otro", ObservationCategory.OTHER),
			Map.entry("autre", ObservationCategory.OTHER), Map.entry("outro", ObservationCategory.OTHER),
			Map.entry("lain", ObservationCategory.OTHER));

	private SmsObservationReading() {
	}

	/**
	 * What was read: the category (other when no category word came first), the
	 * coordinates if the text had a valid pair, and the words.
	 */
	record Read(ObservationCategory category, @Nullable Double latitude, @Nullable Double longitude, String text) {

		boolean hasPosition() {
			return this.latitude != null;
		}

	}

	/**
	 * The observation in a text, or nothing when the text does not start with a keyword.
	 */
	static Optional<Read> read(String sms) {
		String trimmed = sms.strip();
		Matcher keyword = KEYWORD.matcher(folded(trimmed).toUpperCase(Locale.ROOT));
		if (!keyword.matches()) {
			return Optional.empty();
		}
		String rest = trimmed.substring(trimmed.length() - keyword.group(1).length()).strip();
		String[] first = rest.split("\\s+", 2);
		Optional<ObservationCategory> category = Optional
			.ofNullable(WORDS.get(folded(first[0]).toLowerCase(Locale.ROOT)));
		String words = category.isPresent() ? ((first.length > 1) ? first[1] : "") : rest;
		return Optional.of(positioned(category.orElse(ObservationCategory.OTHER), words));
	}

	private static Read positioned(ObservationCategory category, String words) {
		Matcher position = POSITION.matcher(words);
		while (position.find()) {
			double latitude = Double.parseDouble(position.group(1));
			double longitude = Double.parseDouble(position.group(2));
			if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
				String text = (words.substring(0, position.start()) + " " + words.substring(position.end())).strip()
					.replaceAll("\\s{2,}", " ");
				return new Read(category, latitude, longitude, text);
			}
		}
		return new Read(category, null, null, words.strip());
	}

	/** The category a word names, in any of the five languages. */
	static Optional<ObservationCategory> word(String word) {
		return Optional.ofNullable(WORDS.get(folded(word).toLowerCase(Locale.ROOT)));
	}

	static String folded(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

}
