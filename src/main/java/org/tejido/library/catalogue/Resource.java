package org.tejido.library.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;
import org.hibernate.annotations.SortNatural;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

import org.tejido.library.ResourceId;
import org.tejido.library.files.StoredFile;
import org.tejido.library.search.ResourceTextBinder;

/**
 * A resource of the library: a publication, tool, video, template or community practice,
 * described with controlled codes and a short "why read it" summary.
 */
@Entity
@Table(name = "resource")
@SecondaryTable(name = "resource_story", pkJoinColumns = @PrimaryKeyJoinColumn(name = "resource_id"))
@Indexed(index = "resource")
@TypeBinding(binder = @TypeBinderRef(type = ResourceTextBinder.class))
public class Resource {

	@Id
	private UUID id;

	private String slug;

	@Column(name = "short_code", updatable = false)
	private int shortCode;

	@KeywordField(name = "title_sort", normalizer = "sort", sortable = Sortable.YES,
			searchable = org.hibernate.search.engine.backend.types.Searchable.NO)
	private String title;

	@Column(name = "original_language")
	private String originalLanguage;

	private @Nullable String summary;

	@Column(name = "summary_language")
	private String summaryLanguage;

	private @Nullable String publisher;

	@Column(name = "publication_year")
	@GenericField(name = "year", aggregable = Aggregable.YES, sortable = Sortable.YES)
	private @Nullable Integer year;

	@Column(name = "type_code")
	@KeywordField(name = "type", aggregable = Aggregable.YES)
	private String typeCode;

	@KeywordField(name = "need", aggregable = Aggregable.YES)
	private @Nullable String need;

	private String url;

	private @Nullable String licence;

	@Column(name = "link_note")
	private @Nullable String linkNote;

	@Column(name = "topic_note")
	private @Nullable String topicNote;

	@Embedded
	private @Nullable Story story;

	@ElementCollection
	@CollectionTable(name = "resource_area", joinColumns = @JoinColumn(name = "resource_id"))
	@Column(name = "code")
	@SortNatural
	@KeywordField(name = "area", aggregable = Aggregable.YES)
	private Set<String> areas = new java.util.TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "resource_language", joinColumns = @JoinColumn(name = "resource_id"))
	@Column(name = "code")
	@SortNatural
	@KeywordField(name = "language", aggregable = Aggregable.YES)
	private Set<String> languages = new java.util.TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "resource_region", joinColumns = @JoinColumn(name = "resource_id"))
	@Column(name = "code")
	@SortNatural
	@KeywordField(name = "region", aggregable = Aggregable.YES)
	private Set<String> regions = new java.util.TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "resource_translation", joinColumns = @JoinColumn(name = "resource_id"))
	@MapKeyColumn(name = "lang")
	@SortNatural
	private Map<String, Translation> translations = new TreeMap<>();

	@ElementCollection
	@CollectionTable(name = "resource_rating", joinColumns = @JoinColumn(name = "resource_id"))
	@MapKeyColumn(name = "criterion")
	@Column(name = "score")
	@SortNatural
	private Map<String, Short> rating = new TreeMap<>();

	@OneToMany(mappedBy = "resource", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ResourceFile> files = new ArrayList<>();

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Resource() {
	}

	Resource(ResourceDraft draft, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(draft, now);
	}

	/** Takes every described field from the draft; returns whether anything changed. */
	boolean apply(ResourceDraft draft, Instant now) {
		boolean changed = !draft.withoutFiles().equals(describedAs());
		if (!changed) {
			return false;
		}
		this.slug = draft.slug();
		this.title = draft.title();
		this.originalLanguage = draft.originalLanguage();
		this.summary = draft.summary();
		this.summaryLanguage = draft.summaryLanguage();
		this.publisher = draft.publisher();
		this.year = draft.year();
		this.typeCode = draft.typeCode();
		this.need = draft.need();
		this.url = draft.url();
		this.licence = draft.licence();
		this.linkNote = draft.linkNote();
		this.topicNote = draft.topicNote();
		this.story = draft.story();
		replace(this.areas, draft.areas());
		replace(this.languages, draft.languages());
		replace(this.regions, draft.regions());
		this.translations.clear();
		this.translations.putAll(draft.translations());
		this.rating.clear();
		draft.rating().forEach((criterion, score) -> this.rating.put(criterion, score.shortValue()));
		this.updatedAt = now;
		return true;
	}

	/** The draft that would describe this resource as it is now (files aside). */
	ResourceDraft describedAs() {
		if (this.slug == null) {
			return ResourceDraft.NONE;
		}
		Map<String, Integer> scores = new TreeMap<>();
		this.rating.forEach((criterion, score) -> scores.put(criterion, score.intValue()));
		return new ResourceDraft(this.slug, this.title, this.originalLanguage, this.summary, this.summaryLanguage,
				this.publisher, this.year, this.typeCode, Set.copyOf(this.areas), Set.copyOf(this.languages),
				Set.copyOf(this.regions), this.need, this.url, this.licence, this.linkNote, this.topicNote,
				(this.story == null || this.story.isEmpty()) ? null : this.story, Map.copyOf(this.translations), scores,
				List.of());
	}

	void attach(StoredFile stored, Instant now) {
		boolean already = this.files.stream()
			.anyMatch((file) -> file.sha256().equals(stored.sha256()) && file.fileName().equals(stored.fileName()));
		if (!already) {
			this.files.add(new ResourceFile(this, this.files.size(), stored));
			this.updatedAt = now;
		}
	}

	private static void replace(Set<String> target, Set<String> values) {
		target.retainAll(values);
		target.addAll(values);
	}

	public ResourceId id() {
		return new ResourceId(this.id);
	}

	public String slug() {
		return this.slug;
	}

	/**
	 * The resource's number, given once when it was created and never changed: people
	 * text it to ask for the resource ({@code GET 1042}).
	 */
	public int shortCode() {
		return this.shortCode;
	}

	void numbered(int shortCode) {
		this.shortCode = shortCode;
	}

	/** The original title, as published. */
	public String title() {
		return this.title;
	}

	public String originalLanguage() {
		return this.originalLanguage;
	}

	public @Nullable String summary() {
		return this.summary;
	}

	public String summaryLanguage() {
		return this.summaryLanguage;
	}

	/** The title in a language: its translation where there is one, else the original. */
	public Localized titleIn(String lang) {
		return Localized.titleIn(lang, this.title, this.originalLanguage, this.translations);
	}

	/**
	 * The summary in a language: its translation where there is one, else the original.
	 */
	public @Nullable Localized summaryIn(String lang) {
		return Localized.summaryIn(lang, this.summary, this.summaryLanguage, this.translations);
	}

	public @Nullable String publisher() {
		return this.publisher;
	}

	public @Nullable Integer year() {
		return this.year;
	}

	public String typeCode() {
		return this.typeCode;
	}

	public @Nullable String need() {
		return this.need;
	}

	public String url() {
		return this.url;
	}

	public @Nullable String licence() {
		return this.licence;
	}

	public @Nullable String linkNote() {
		return this.linkNote;
	}

	public @Nullable String topicNote() {
		return this.topicNote;
	}

	/** The story of a community practice, if this resource is one. */
	public @Nullable Story story() {
		return (this.story == null || this.story.isEmpty()) ? null : this.story;
	}

	public List<String> areaList() {
		return List.copyOf(this.areas);
	}

	public List<String> languages() {
		return List.copyOf(this.languages);
	}

	public List<String> regions() {
		return List.copyOf(this.regions);
	}

	public Map<String, Translation> translations() {
		return Map.copyOf(this.translations);
	}

	/** Each criterion's score (0–2), in criterion order. */
	public Map<String, Short> rating() {
		return new TreeMap<>(this.rating);
	}

	public @Nullable Integer ratingTotal() {
		return this.rating.isEmpty() ? null : this.rating.values().stream().mapToInt(Short::intValue).sum();
	}

	public List<ResourceFile> files() {
		return List.copyOf(this.files);
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/** Loads what result lists show, while the search's transaction is still open. */
	public Resource loadedForListing() {
		Hibernate.initialize(this.areas);
		Hibernate.initialize(this.languages);
		Hibernate.initialize(this.regions);
		Hibernate.initialize(this.translations);
		return this;
	}

	/** Every text of the resource in every language, for language-independent search. */
	public String allText() {
		Set<String> parts = new LinkedHashSet<>();
		parts.add(this.title);
		parts.add(Objects.requireNonNullElse(this.summary, ""));
		this.translations.values().forEach((translation) -> {
			parts.add(Objects.requireNonNullElse(translation.title(), ""));
			parts.add(Objects.requireNonNullElse(translation.summary(), ""));
		});
		parts.add(Objects.requireNonNullElse(this.publisher, ""));
		parts.add(Objects.requireNonNullElse(this.topicNote, ""));
		parts.add((this.story != null) ? this.story.text() : "");
		this.files.forEach((file) -> parts.add(Objects.requireNonNullElse(file.extractedText(), "")));
		return String.join("\n", parts);
	}

	/** Every title of the resource, in every language. */
	public String allTitles() {
		Set<String> titles = new LinkedHashSet<>();
		titles.add(this.title);
		this.translations.values()
			.forEach((translation) -> titles.add(Objects.requireNonNullElse(translation.title(), "")));
		return String.join("\n", titles);
	}

	/** Title, summary and publisher as a reader of one language sees them. */
	public String textIn(String lang) {
		Localized summaryInLang = summaryIn(lang);
		return titleIn(lang).text() + "\n" + ((summaryInLang != null) ? summaryInLang.text() : "") + "\n"
				+ Objects.requireNonNullElse(this.publisher, "") + "\n"
				+ ((this.story != null) ? this.story.text() : "");
	}

	/**
	 * A text in the language it is written in; {@code fallback} tells that it is not in
	 * the language the reader asked for.
	 */
	public record Localized(String text, String lang, boolean fallback) {

		/**
		 * The title in a language: its translation where there is one, else the original.
		 */
		public static Localized titleIn(String lang, String title, String originalLanguage,
				Map<String, Translation> translations) {
			Translation translation = translations.get(lang);
			if (translation != null && translation.title() != null) {
				return new Localized(translation.title(), lang, false);
			}
			return new Localized(title, originalLanguage, !lang.equals(originalLanguage));
		}

		/**
		 * The summary in a language: its translation where there is one, else the
		 * original; none when there is neither.
		 */
		public static @Nullable Localized summaryIn(String lang, @Nullable String summary, String summaryLanguage,
				Map<String, Translation> translations) {
			Translation translation = translations.get(lang);
			if (translation != null && translation.summary() != null) {
				return new Localized(translation.summary(), lang, false);
			}
			return (summary != null) ? new Localized(summary, summaryLanguage, !lang.equals(summaryLanguage)) : null;
		}

	}

}
