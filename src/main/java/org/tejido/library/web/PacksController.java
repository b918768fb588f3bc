package org.tejido.library.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.library.packs.LibraryPacks;
import org.tejido.library.packs.OpdsCatalogue;
import org.tejido.library.packs.OpdsFeed;
import org.tejido.site.Lang;
import org.tejido.site.Page;

/**
 * Offline packs from the curators' tools, and the library's OPDS catalogue feed. A pack
 * is built into a temporary file before the first byte is sent, so that a failure shows
 * an error page rather than a broken download.
 */
@Controller
class PacksController {

	private final LibraryPacks packs;

	private final OpdsCatalogue opds;

	PacksController(LibraryPacks packs, OpdsCatalogue opds) {
		this.packs = packs;
		this.opds = opds;
	}

	@GetMapping("/{lang}/curate/packs")
	String form(Page page, CsrfToken csrf, Model model, HttpServletResponse response) {
		return show(page, csrf, null, model, response);
	}

	@PostMapping("/{lang}/curate/packs")
	@org.jspecify.annotations.Nullable
	String build(Page page, @RequestParam(name = "lang", required = false) List<String> codes, CsrfToken csrf,
			Model model, HttpServletResponse response) throws IOException {
		List<Lang> langs = (codes == null) ? List.of()
				: codes.stream().map(Lang::fromCode).flatMap(Optional::stream).distinct().toList();
		if (langs.isEmpty()) {
			response.setStatus(422);
			return show(page, csrf, page.t("curate.packs.no-language"), model, response);
		}
		Path zip = Files.createTempFile("tejido-pack", ".zip");
		try {
			this.packs.build(langs, zip, null);
			String name = "tejido-library-" + String.join("-", langs.stream().map(Lang::code).toList()) + ".zip";
			response.setContentType("application/zip");
			response.setContentLengthLong(Files.size(zip));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name).build().toString());
			try (InputStream in = Files.newInputStream(zip)) {
				in.transferTo(response.getOutputStream());
			}
			return null;
		}
		finally {
			Files.deleteIfExists(zip);
		}
	}

	@GetMapping("/{lang}/library/opds.xml")
	ResponseEntity<String> feed(Page page) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(OpdsFeed.TYPE + ";charset=UTF-8"))
			.header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
			.body(this.opds.serverFeed(page.lang()));
	}

	private String show(Page page, CsrfToken csrf, @org.jspecify.annotations.Nullable String problem, Model model,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("fingerprint", this.packs.fingerprint());
		model.addAttribute("problem", problem);
		return "library/curate-packs";
	}

}
