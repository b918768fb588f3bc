package org.tejido.library.search;

import java.util.EnumMap;
import java.util.Map;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import org.tejido.library.catalogue.Resource;
import org.tejido.site.Lang;

/**
 * Indexes a resource's text once per interface language (as a reader of that language
 * sees it, with that language's analyzer), once as all its text in every language
 * (folded, for words in other languages and inside attached files), and its titles on
 * their own; and keeps what a list of results shows of it ({@link ResourceListing}) in
 * doc values, read without decompressing the stored fields of its neighbours.
 */
public class ResourceTextBinder implements TypeBinder {

	static final String ALL_TEXT = "text_all";

	static final String TITLES = "titles";

	static final String LISTING = "listing";

	static String textField(Lang lang) {
		return "text_" + lang.code();
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().useRootOnly();
		Map<Lang, IndexFieldReference<String>> perLanguage = new EnumMap<>(Lang.class);
		for (Lang lang : Lang.values()) {
			perLanguage.put(lang,
					context.indexSchemaElement()
						.field(textField(lang),
								(f) -> f.asString().analyzer(LanguageAnalyzers.analyzerFor(lang.code())))
						.toReference());
		}
		IndexFieldReference<String> all = context.indexSchemaElement()
			.field(ALL_TEXT, (f) -> f.asString().analyzer(LanguageAnalyzers.FOLDED))
			.toReference();
		IndexFieldReference<String> titles = context.indexSchemaElement()
			.field(TITLES, (f) -> f.asString().analyzer(LanguageAnalyzers.FOLDED))
			.toReference();
		IndexFieldReference<String> listing = context.indexSchemaElement()
			.field(LISTING, (f) -> f.extension(LuceneExtension.get())
				.asNative(String.class,
						(path, value, fields) -> fields.accept(new BinaryDocValuesField(path, new BytesRef(value)))))
			.toReference();
		context.bridge(Resource.class, new Bridge(perLanguage, all, titles, listing));
	}

	private record Bridge(Map<Lang, IndexFieldReference<String>> perLanguage, IndexFieldReference<String> all,
			IndexFieldReference<String> titles, IndexFieldReference<String> listing) implements TypeBridge<Resource> {

		@Override
		public void write(DocumentElement target, Resource resource, TypeBridgeWriteContext context) {
			this.perLanguage.forEach((lang, field) -> target.addValue(field, resource.textIn(lang.code())));
			target.addValue(this.all, resource.allText());
			target.addValue(this.titles, resource.allTitles());
			target.addValue(this.listing, ResourceListing.of(resource).written());
		}

	}

}
