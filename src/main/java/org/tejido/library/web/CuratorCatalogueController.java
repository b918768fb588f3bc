package org.tejido.library.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.tejido.library.LibrarySettings;
import org.tejido.library.catalogue.BundleFiles;
import org.tejido.library.catalogue.CatalogueExport;
import org.tejido.library.catalogue.CatalogueFormats;
import org.tejido.library.catalogue.CatalogueImport;
import org.tejido.library.catalogue.CatalogueRow;
import org.tejido.library.catalogue.ImportReport;
import org.tejido.library.catalogue.Resources;
import org.tejido.library.catalogue.UnreadableCatalogue;
import org.tejido.library.catalogue.Vocabularies;
import org.tejido.library.files.FileTooLarge;
import org.tejido.library.search.LibrarySearch;
import org.tejido.library.search.SearchQuery;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * The curators' catalogue tools: bulk import (CSV, JSON or a ZIP bundle) with a dry run
 * that shows what would change, and editing one resource with its translations side by
 * side and its rating.
 */
@Controller
class CuratorCatalogueController {

	private final CatalogueImport importer;

	private final CatalogueFormats formats;

	private final CatalogueExport export;

	private final Resources resources;

	private final Vocabularies vocabularies;

	private final LibrarySearch search;

	private final ResourceViews views;

	private final LibrarySettings settings;

	CuratorCatalogueController(CatalogueImport importer, CatalogueFormats formats, CatalogueExport export,
			Resources resources, Vocabularies vocabularies, LibrarySearch search, ResourceViews views,
			LibrarySettings settings) {
		this.importer = importer;
		this.formats = formats;
		this.export = export;
		this.resources = resources;
		this.vocabularies = vocabularies;
		this.search = search;
		this.views = views;
		this.settings = settings;
	}

	@GetMapping("/{lang}/curate/catalogue")
	String catalogue(Page page, @RequestParam(defaultValue = "") String q, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		SearchQuery query = new SearchQuery(q, page.lang().code(), java.util.Set.of(), java.util.Set.of(),
				java.util.Set.of(), java.util.Set.of(), null, null, null, 1, 30);
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("q", q);
		model.addAttribute("cards", this.views.cards(this.search.search(query).items(), page.lang().code()));
		model.addAttribute("report", null);
		model.addAttribute("problem", null);
		return "library/curate-catalogue";
	}

	@PostMapping("/{lang}/curate/catalogue/import")
	String importCatalogue(Page page, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "dry_run", required = false) @Nullable String dryRun, CsrfToken csrf, Model model,
			HttpServletResponse response) throws IOException {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("q", "");
		model.addAttribute("cards", List.of());
		try {
			ImportReport report = run(file, dryRun != null);
			model.addAttribute("report", report);
			model.addAttribute("problem", null);
			if (!report.rejected().isEmpty()) {
				response.setStatus(422);
			}
		}
		catch (UnreadableCatalogue unreadable) {
			response.setStatus(422);
			model.addAttribute("report", null);
			model.addAttribute("problem", page.t(unreadable.messageKey(), unreadable.args().toArray()));
		}
		catch (FileTooLarge tooLarge) {
			response.setStatus(413);
			model.addAttribute("report", null);
			model.addAttribute("problem", page.t("import.too-large", tooLarge.maxBytes() / (1024 * 1024)));
		}
		return "library/curate-catalogue";
	}

	@GetMapping("/{lang}/curate/resources/{slug}")
	@Transactional(readOnly = true)
	String edit(Page page, @PathVariable String slug, CsrfToken csrf, Model model, HttpServletResponse response) {
		var resource = this.resources.findBySlug(slug).orElseThrow(NotFound::new);
		return showEditor(page, slug, this.export.rowOf(1, resource).values(), List.of(), csrf, model, response);
	}

	@PostMapping("/{lang}/curate/resources/{slug}")
	String save(Page page, @PathVariable String slug, @RequestParam MultiValueMap<String, String> params,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		if (this.resources.findBySlug(slug).isEmpty()) {
			throw new NotFound();
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (String column : CatalogueRow.COLUMNS) {
			List<String> given = params.getOrDefault(column, List.of());
			values.put(column, String.join(";", given));
		}
		values.put("slug", slug);
		values.put("files", "");
		values.put("rating", rating(params));
		ImportReport report = this.importer.run(List.of(new CatalogueRow(1, values)), BundleFiles.NONE, false);
		if (report.rejected().isEmpty()) {
			return "redirect:" + page.href("/library/" + slug);
		}
		response.setStatus(422);
		List<String> problems = ResourceForm.messages(report.rejected().get(0).problems(), page);
		return showEditor(page, slug, values, problems, csrf, model, response);
	}

	private ImportReport run(@Nullable MultipartFile file, boolean dryRun) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new UnreadableCatalogue("import.no-file");
		}
		if (file.getSize() > this.settings.maxFileSize().toBytes()) {
			throw new FileTooLarge(this.settings.maxFileSize().toBytes());
		}
		String name = String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT);
		if (name.endsWith(".zip")) {
			try (InputStream in = file.getInputStream();
					ImportBundle bundle = ImportBundle.unpack(in, this.settings.maxFileSize().toBytes())) {
				return this.importer.run(bundle.rows(this.formats), bundle, dryRun);
			}
		}
		java.nio.file.Path upload = Spool.of(file.getInputStream(), this.settings.maxFileSize().toBytes());
		try {
			return this.importer.run(
					name.endsWith(".json") ? this.formats.jsonFile(upload) : this.formats.csvFile(upload),
					BundleFiles.NONE, dryRun);
		}
		finally {
			java.nio.file.Files.deleteIfExists(upload);
		}
	}

	private String rating(MultiValueMap<String, String> params) {
		List<String> scores = new ArrayList<>();
		this.vocabularies.terms(Vocabularies.CRITERION).forEach((criterion) -> {
			String score = params.getFirst("score_" + criterion.code());
			if (score != null && !score.isBlank()) {
				scores.add(criterion.code() + "=" + score);
			}
		});
		return String.join(";", scores);
	}

	private String showEditor(Page page, String slug, Map<String, String> values, List<String> problems, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		String lang = page.lang().code();
		Map<String, String> scores = new LinkedHashMap<>();
		for (String pair : values.getOrDefault("rating", "").split(";")) {
			String[] parts = pair.split("=", 2);
			if (parts.length == 2) {
				scores.put(parts[0], parts[1]);
			}
		}
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("slug", slug);
		model.addAttribute("values", values);
		model.addAttribute("problems", problems);
		model.addAttribute("types", this.vocabularies.terms(Vocabularies.TYPE));
		model.addAttribute("areas", this.vocabularies.terms(Vocabularies.AREA));
		model.addAttribute("needs", this.vocabularies.terms(Vocabularies.NEED));
		model.addAttribute("criteria", this.vocabularies.terms(Vocabularies.CRITERION));
		model.addAttribute("scores", scores);
		model.addAttribute("languages", org.tejido.site.Lang.codes());
		model.addAttribute("uiLang", lang);
		return "library/curate-resource";
	}

}
