package org.tejido.library.catalogue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.library.search.NodeChanges;

/**
 * The controlled vocabularies of the library. Types, areas, world regions, the need flag
 * and rating criteria are terms kept in the database; languages (ISO 639) and countries
 * (ISO 3166-1) are named from the platform's locale data.
 */
@Component
public class Vocabularies {

	public static final String TYPE = "type";

	public static final String AREA = "area";

	public static final String AREA_GROUP = "area-group";

	public static final String REGION = "region";

	public static final String NEED = "need";

	public static final String CRITERION = "criterion";

	/**
	 * ISO 639-2 code for a resource that exists in several languages not listed one by
	 * one.
	 */
	public static final String MULTIPLE_LANGUAGES = "mul";

	private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

	private static final Set<String> ISO_COUNTRIES = Arrays.stream(Locale.getISOCountries())
		.map((code) -> code.toLowerCase(Locale.ROOT))
		.collect(Collectors.toUnmodifiableSet());

	private static final int MAX_LOCALE_NAMES = 5000;

	private final JdbcClient jdbc;

	private final NodeChanges changes;

	/**
	 * Curators' changes run in a transaction of their own, in code rather than with
	 * {@code @Transactional}: a proxy would stand before every label a library page reads
	 * (about a hundred a page).
	 */
	private final TransactionTemplate transactions;

	private volatile Map<String, Map<String, Term>> terms = Map.of();

	/**
	 * Names of languages and countries from the platform's locale data, which never
	 * change while the app runs; at most {@link #MAX_LOCALE_NAMES} of them are kept,
	 * since imports ask about codes that may be anything.
	 */
	private final Map<String, String> localeNames = new java.util.concurrent.ConcurrentHashMap<>();

	Vocabularies(JdbcClient jdbc, NodeChanges changes, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.changes = changes;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** The terms of a vocabulary in their curated order. */
	public List<Term> terms(String vocabulary) {
		return List.copyOf(loaded().getOrDefault(vocabulary, Map.of()).values());
	}

	public boolean isKnown(String vocabulary, String code) {
		return loaded().getOrDefault(vocabulary, Map.of()).containsKey(code);
	}

	public String label(String vocabulary, String code, String lang) {
		Term term = loaded().getOrDefault(vocabulary, Map.of()).get(code);
		return (term != null) ? term.label(lang) : code;
	}

	public boolean isLanguage(String code) {
		return ISO_LANGUAGES.contains(code) || MULTIPLE_LANGUAGES.equals(code)
				|| (code.length() == 3 && !languageName(code, "en").equalsIgnoreCase(code));
	}

	public String languageName(String code, String lang) {
		return localeName("language:" + code + ":" + lang, () -> {
			String name = Locale.of(code).getDisplayLanguage(Locale.forLanguageTag(lang));
			return capitalized(name.isEmpty() ? code : name, lang);
		});
	}

	public boolean isRegion(String code) {
		return isKnown(REGION, code) || ISO_COUNTRIES.contains(code);
	}

	public String regionName(String code, String lang) {
		if (isKnown(REGION, code)) {
			return label(REGION, code, lang);
		}
		return localeName("country:" + code + ":" + lang,
				() -> Locale.of("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.forLanguageTag(lang)));
	}

	private String localeName(String key, java.util.function.Supplier<String> name) {
		String known = this.localeNames.get(key);
		if (known != null) {
			return known;
		}
		String found = name.get();
		if (this.localeNames.size() < MAX_LOCALE_NAMES) {
			this.localeNames.put(key, found);
		}
		return found;
	}

	/** Replaces the labels of existing terms (codes never change once published). */
	public void relabel(String vocabulary, Map<String, Map<String, String>> labelsByCode) {
		this.transactions.executeWithoutResult((transaction) -> {
			labelsByCode.forEach((code, labels) -> labels.forEach((lang, label) -> {
				int updated = this.jdbc
					.sql("update vocabulary_label set label = ? where vocabulary = ? and code = ? and lang = ?")
					.params(label, vocabulary, code, lang)
					.update();
				if (updated == 0 && isKnown(vocabulary, code)) {
					this.jdbc.sql("insert into vocabulary_label (vocabulary, code, lang, label) values (?, ?, ?, ?)")
						.params(vocabulary, code, lang, label)
						.update();
				}
			}));
			this.changes.record(NodeChanges.VOCABULARY, null);
			reload();
		});
	}

	/**
	 * Adds a term at the end of a vocabulary, with its labels; or nothing, when its code
	 * is already taken (by another curator or node since this node last read the
	 * vocabularies, which it then reads again).
	 * @return whether the term was added
	 */
	public boolean add(String vocabulary, String code, @Nullable String grouping, Map<String, String> labels) {
		try {
			insert(vocabulary, code, grouping, labels);
			return true;
		}
		catch (DuplicateKeyException takenMeanwhile) {
			reload();
			return false;
		}
	}

	private void insert(String vocabulary, String code, @Nullable String grouping, Map<String, String> labels) {
		this.transactions.executeWithoutResult((transaction) -> {
			int position = this.jdbc
				.sql("select coalesce(max(position), 0) + 1 from vocabulary_term where vocabulary = ?")
				.param(vocabulary)
				.query(Integer.class)
				.single();
			this.jdbc.sql("insert into vocabulary_term (vocabulary, code, position, grouping) values (?, ?, ?, ?)")
				.params(vocabulary, code, position, grouping)
				.update();
			labels.forEach((lang, label) -> this.jdbc
				.sql("insert into vocabulary_label (vocabulary, code, lang, label) values (?, ?, ?, ?)")
				.params(vocabulary, code, lang, label)
				.update());
			this.changes.record(NodeChanges.VOCABULARY, null);
			reload();
		});
	}

	/** Reads the vocabularies again, after curators changed them. */
	public synchronized void reload() {
		Map<String, Map<String, String>> labels = new TreeMap<>();
		this.jdbc.sql("select vocabulary, code, lang, label from vocabulary_label")
			.query((row, n) -> labels
				.computeIfAbsent(row.getString(1) + "/" + row.getString(2), (key) -> new TreeMap<>())
				.put(row.getString(3), row.getString(4)))
			.list();
		Map<String, Map<String, Term>> loaded = new LinkedHashMap<>();
		this.jdbc.sql("select vocabulary, code, position, grouping from vocabulary_term order by vocabulary, position")
			.query((row, n) -> new Term(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
					Map.copyOf(labels.getOrDefault(row.getString(1) + "/" + row.getString(2), Map.of()))))
			.list()
			.forEach((term) -> loaded.computeIfAbsent(term.vocabulary(), (key) -> new LinkedHashMap<>())
				.put(term.code(), term));
		this.terms = loaded;
	}

	private Map<String, Map<String, Term>> loaded() {
		if (this.terms.isEmpty()) {
			reload();
		}
		return this.terms;
	}

	private static String capitalized(String name, String lang) {
		return name.substring(0, 1).toUpperCase(Locale.forLanguageTag(lang)) + name.substring(1);
	}

}
