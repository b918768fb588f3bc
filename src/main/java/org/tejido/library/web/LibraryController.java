package org.tejido.library.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.library.LibrarySettings;
import org.tejido.library.catalogue.Resources;
import org.tejido.library.feedback.Feedback;
import org.tejido.library.search.LibrarySearch;
import org.tejido.library.search.ResourceListing;
import org.tejido.library.search.SearchQuery;
import org.tejido.library.search.SearchResults;
import org.tejido.site.Lang;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * The library's pages: the home page, results with facets, and one resource.
 */
@Controller
class LibraryController {

	private static final int LATEST = 5;

	private final LibrarySearch search;

	private final Resources resources;

	private final SearchParameters parameters;

	private final ResourceViews views;

	private final Facets facets;

	private final LibrarySettings settings;

	private final Feedback feedback;

	LibraryController(LibrarySearch search, Resources resources, SearchParameters parameters, ResourceViews views,
			Facets facets, LibrarySettings settings, Feedback feedback) {
		this.feedback = feedback;
		this.search = search;
		this.resources = resources;
		this.parameters = parameters;
		this.views = views;
		this.facets = facets;
		this.settings = settings;
	}

	@GetMapping("/{lang}")
	ResponseEntity<Void> withoutSlash(@PathVariable String lang) {
		Lang known = Lang.fromCode(lang).orElseThrow(NotFound::new);
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create("/" + known.code() + "/"))
			.build();
	}

	@GetMapping("/{lang}/")
	String home(Page page, Model model) {
		SearchQuery everything = SearchQuery.everything(page.lang().code(), LATEST);
		SearchResults<ResourceListing> results = this.search.listings(everything);
		LibraryLinks links = new LibraryLinks(page.lang().code(), everything);
		model.addAttribute("page", page);
		model.addAttribute("total", results.total());
		List<FacetGroup> all = this.facets.of(results, links, page);
		model.addAttribute("types", facet(all, "type"));
		model.addAttribute("dimensions", this.facets.areasByDimension(facet(all, "area"), page));
		model.addAttribute("needs", facet(all, "need"));
		model.addAttribute("latest", this.views.listingCards(results.items(), page.lang().code()));
		return "library/home";
	}

	@GetMapping("/{lang}/library")
	String list(Page page, @RequestParam MultiValueMap<String, String> params, Model model) {
		SearchQuery query = this.parameters.read(params, page.lang().code(), this.settings.pageSize(), false);
		SearchResults<ResourceListing> results = this.search.listings(query);
		LibraryLinks links = new LibraryLinks(page.lang().code(), query);
		model.addAttribute("page", page);
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("cards", this.views.listingCards(results.items(), page.lang().code()));
		List<FacetGroup> all = this.facets.of(results, links, page);
		model.addAttribute("facets", all);
		model.addAttribute("active", Facets.active(all));
		model.addAttribute("links", links);
		return "library/list";
	}

	private static FacetGroup facet(List<FacetGroup> groups, String name) {
		return groups.stream()
			.filter((group) -> group.facet().equals(name))
			.findFirst()
			.orElse(new FacetGroup(name, name, List.of()));
	}

	@GetMapping("/{lang}/library/{slug}")
	@Transactional(readOnly = true)
	String resource(Page page, @PathVariable String slug, @RequestParam MultiValueMap<String, String> params,
			Model model) {
		var resource = this.resources.findBySlug(slug).orElseThrow(NotFound::new);
		model.addAttribute("page", page);
		model.addAttribute("resource", this.views.detail(resource, page.lang().code()));
		model.addAttribute("totals", this.feedback.totals(resource.id().value()));
		model.addAttribute("comments", this.feedback.comments(resource.id().value()));
		model.addAttribute("notice", params.containsKey("voted") ? "feedback.voted" : params.containsKey("not-counted")
				? "feedback.not-counted" : params.containsKey("commented") ? "feedback.commented" : null);
		return "library/resource";
	}

}
