package org.tejido.library.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListingsTests {

	@Test
	void readsTheListingsOfHitsFromSeveralSegmentsInTheOrderOfTheHits() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			for (String title : List.of("Tierra", "Agua", "Radio comunitaria")) {
				writer.addDocument(listed(title));
			}
			writer.commit();
			for (String title : List.of("Memoria", "Defensa: ~5 ñandúes")) {
				writer.addDocument(listed(title));
			}
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(reader.leaves()).hasSize(2);
				ScoreDoc[] hits = { new ScoreDoc(4, 1f), new ScoreDoc(0, 0.9f), new ScoreDoc(3, 0.8f),
						new ScoreDoc(1, 0.7f) };
				assertThat(Listings.read(reader, hits)).extracting(ResourceListing::title)
					.containsExactly("Defensa: ~5 ñandúes", "Tierra", "Memoria", "Agua");
			}
		}
	}

	@Test
	void aHitWhoseListingIsNotInDocValuesIsLeftOut() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			Document old = new Document();
			old.add(new StoredField(ResourceTextBinder.LISTING, listing("Tierra").written()));
			writer.addDocument(old);
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(Listings.read(reader, new ScoreDoc[] { new ScoreDoc(0, 1f) })).as("left out").isEmpty();
			}
		}
	}

	private static Document listed(String title) {
		Document document = new Document();
		document.add(new BinaryDocValuesField(ResourceTextBinder.LISTING, new BytesRef(listing(title).written())));
		return document;
	}

	private static ResourceListing listing(String title) {
		return new ResourceListing(UUID.randomUUID(), "slug", "guide", 2024, null, "https://example.org/x",
				List.of("land"), List.of("es"), List.of(), title, "es", null, "es", Map.of());
	}

}
