package org.tejido.library.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

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
import org.tejido.site.BadRequest;
import org.tejido.site.NotFound;
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
	@Nullable String build(Page page, @RequestParam(name = "lang", required = false) List<String> codes, CsrfToken csrf,
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

	/**
	 * One page of the OPDS feed: {@code ?page=N} from 1 (page 1 without it). Anything but
	 * a whole number from 1 is refused (400), a page past the last is not found (404).
	 */
	@GetMapping("/{lang}/library/opds.xml")
	ResponseEntity<String> feed(Page page, @RequestParam(name = "page", required = false) @Nullable String number) {
		long wanted = feedPage(number);
		String xml = this.opds.serverFeed(page.lang(), wanted).orElseThrow(NotFound::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(OpdsFeed.TYPE + ";charset=UTF-8"))
			.header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
			.body(xml);
	}

	private long feedPage(@Nullable String number) {
		if (number == null || number.isBlank()) {
			return 1;
		}
		String given = number.strip();
		String digits = given.replaceFirst("^0+", "");
		if (given.matches("[0-9]+") && !digits.isEmpty()) {
			// A number too long for a long is far past the last page all the same.
			return (digits.length() > 18) ? Long.MAX_VALUE : Long.parseLong(digits);
		}
		throw new BadRequest("error.bad-number", "page", SearchParameters.shortened(given), 1, this.opds.serverPages());
	}

	private String show(Page page, CsrfToken csrf, @Nullable String problem, Model model,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("fingerprint", this.packs.fingerprint());
		model.addAttribute("problem", problem);
		return "library/curate-packs";
	}

}
