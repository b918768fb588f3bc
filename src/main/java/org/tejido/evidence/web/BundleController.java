package org.tejido.evidence.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.evidence.bundle.BundleTexts;
import org.tejido.evidence.internal.BundleDesk;
import org.tejido.evidence.internal.Invalid;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * Evidence bundles: the items a coordinator chose, signed with the collective's key, as a
 * ZIP to download.
 */
@Controller
class BundleController {

	private static final List<String> WORDS = List.of("title", "created", "by", "items", "file", "sha256", "size",
			"type", "received-at", "submitter", "notices", "custody", "key");

	private static final List<String> NOTICES = List.of("date-doubtful", "metadata-stripped", "metadata-kept",
			"not-stripped");

	private static final List<String> ACTIONS = List.of("received", "viewed", "shared-downloaded", "annotated",
			"exported");

	private final BundleDesk desk;

	private final EvidenceController pages;

	BundleController(BundleDesk desk, EvidenceController pages) {
		this.desk = desk;
		this.pages = pages;
	}

	@PostMapping("/{lang}/c/{collective}/evidence/bundle")
	String bundle(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(name = "item", required = false) List<String> chosen, CsrfToken csrf, Model model,
			HttpServletResponse response) throws IOException {
		BundleDesk.Prepared bundle;
		try {
			bundle = this.desk.prepare(membership, ids(chosen), texts(page));
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			return this.pages.list(page, membership, 1, csrf, model, response, invalid.messageKey());
		}
		response.setContentType("application/zip");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				DownloadsController.attachment("evidence-" + LocalDate.now(ZoneOffset.UTC) + ".zip"));
		bundle.writeTo(response.getOutputStream());
		return null;
	}

	private static List<UUID> ids(List<String> chosen) {
		List<UUID> ids = new ArrayList<>();
		for (String id : (chosen != null) ? chosen : List.<String>of()) {
			try {
				ids.add(UUID.fromString(id));
			}
			catch (IllegalArgumentException ex) {
				throw new NotFound();
			}
		}
		return ids;
	}

	private static BundleTexts texts(Page page) {
		Map<String, String> words = new HashMap<>();
		WORDS.forEach((word) -> words.put(word, page.t("evidence.bundle." + word)));
		NOTICES.forEach((notice) -> words.put(notice, page.t("evidence.notice." + notice)));
		ACTIONS.forEach((action) -> words.put(action, page.t("evidence.custody." + action)));
		return new BundleTexts(page.lang().code(), words);
	}

}
