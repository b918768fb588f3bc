package org.tejido.library.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.tejido.library.catalogue.Resource;
import org.tejido.library.catalogue.ResourceFile;
import org.tejido.library.catalogue.Vocabularies;
import org.tejido.library.search.ResourceListing;
import org.tejido.messaging.CoalitionLineSettings;

/**
 * Turns resources into what pages show, in the reader's language.
 */
@Component
public class ResourceViews {

	private final Labels labels;

	private final Vocabularies vocabularies;

	private final CoalitionLineSettings smsLine;

	ResourceViews(Labels labels, Vocabularies vocabularies, CoalitionLineSettings smsLine) {
		this.labels = labels;
		this.vocabularies = vocabularies;
		this.smsLine = smsLine;
	}

	public ResourceCard card(Resource resource, String lang) {
		return new ResourceCard(resource.slug(), resource.titleIn(lang), resource.summaryIn(lang),
				this.labels.of("type", resource.typeCode(), lang), resource.year(), resource.publisher(),
				languageNames(resource.languages(), lang));
	}

	List<ResourceCard> cards(List<Resource> resources, String lang) {
		return resources.stream().map((resource) -> card(resource, lang)).toList();
	}

	/** The cards of a page of results, from what the index stores of each. */
	List<ResourceCard> listingCards(List<ResourceListing> listings, String lang) {
		return listings.stream().map((listing) -> card(listing, lang)).toList();
	}

	private ResourceCard card(ResourceListing listing, String lang) {
		return new ResourceCard(listing.slug(), listing.titleIn(lang), listing.summaryIn(lang),
				this.labels.of("type", listing.typeCode(), lang), listing.year(), listing.publisher(),
				languageNames(listing.languages(), lang));
	}

	private String languageNames(List<String> codes, String lang) {
		return codes.stream().map((code) -> this.labels.of("language", code, lang)).collect(Collectors.joining(", "));
	}

	public ResourceDetail detail(Resource resource, String lang) {
		return new ResourceDetail(card(resource, lang), labels("area", resource.areaList(), lang),
				labels("language", resource.languages(), lang), labels("region", resource.regions(), lang),
				(resource.need() != null) ? this.labels.of("need", resource.need(), lang) : null, resource.url(),
				resource.linkNote(), resource.licence(), resource.topicNote(), resource.story(),
				resource.files().stream().map((file) -> fileLink(file, lang)).toList(), scores(resource, lang),
				resource.ratingTotal(), resource.shortCode(), this.smsLine.isOn() ? this.smsLine.number() : null);
	}

	/** The rating's scores in the curated order of the criteria. */
	private List<ResourceDetail.Score> scores(Resource resource, String lang) {
		Map<String, Short> rating = resource.rating();
		return this.vocabularies.terms(Vocabularies.CRITERION)
			.stream()
			.filter((criterion) -> rating.containsKey(criterion.code()))
			.map((criterion) -> new ResourceDetail.Score(criterion.label(lang), rating.get(criterion.code())))
			.toList();
	}

	private List<String> labels(String facet, List<String> codes, String lang) {
		return codes.stream().map((code) -> this.labels.of(facet, code, lang)).toList();
	}

	private static ResourceDetail.FileLink fileLink(ResourceFile file, String lang) {
		String href = DownloadController.pathOf(file);
		return new ResourceDetail.FileLink(file.fileName(), href, humanSize(file.sizeBytes(), lang),
				kindOf(file.mediaType()));
	}

	public static String humanSize(long bytes, String lang) {
		return org.tejido.library.files.Sizes.human(bytes, lang);
	}

	public static String kindOf(String mediaType) {
		return switch (mediaType) {
			case "application/pdf" -> "PDF";
			case "text/plain" -> "TXT";
			case "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
				"DOC";
			case "application/vnd.oasis.opendocument.text" -> "ODT";
			default -> mediaType.substring(mediaType.indexOf('/') + 1).toUpperCase(Locale.ROOT);
		};
	}

}
