package org.tejido.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.evidence.EvidenceLocker;
import org.tejido.evidence.EvidenceRefused;
import org.tejido.evidence.internal.EvidenceShelf;
import org.tejido.evidence.internal.Invalid;
import org.tejido.evidence.internal.Views.ItemSummary;
import org.tejido.site.Page;

/**
 * A collective's evidence: the items and their upload, each item with its custody, notes
 * and downloads, and the coordinators' metadata setting. Allies are not admitted.
 */
@Controller
class EvidenceController {

	private final WorkspacePages workspaces;

	private final EvidenceLocker locker;

	private final EvidenceShelf shelf;

	EvidenceController(WorkspacePages workspaces, EvidenceLocker locker, EvidenceShelf shelf) {
		this.workspaces = workspaces;
		this.locker = locker;
		this.shelf = shelf;
	}

	static final int PAGE_SIZE = 25;

	@GetMapping("/{lang}/c/{collective}/evidence")
	String items(Page page, @InCollective Membership membership,
			@RequestParam(name = "page", defaultValue = "1") int number, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		return list(page, membership, number, csrf, model, response, null);
	}

	@PostMapping("/{lang}/c/{collective}/evidence")
	String upload(Page page, @InCollective Membership membership, @RequestParam("file") MultipartFile file,
			CsrfToken csrf, Model model, HttpServletResponse response) throws IOException {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		try (InputStream content = file.getInputStream()) {
			UUID item = this.locker.seal(membership.collective(), membership.member(), name, content).id();
			return "redirect:" + page.href("/c/" + membership.collective() + "/evidence/" + item);
		}
		catch (EvidenceRefused refused) {
			response.setStatus(refused.status());
			return list(page, membership, 1, csrf, model, response, refused.messageKey());
		}
	}

	@GetMapping("/{lang}/c/{collective}/evidence/{item}")
	String item(Page page, @InCollective Membership membership, @PathVariable UUID item, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("item", this.shelf.item(membership, item));
		return "evidence/item";
	}

	@PostMapping("/{lang}/c/{collective}/evidence/{item}/notes")
	String annotate(Page page, @InCollective Membership membership, @PathVariable UUID item,
			@RequestParam(defaultValue = "") String note, CsrfToken csrf, Model model, HttpServletResponse response) {
		try {
			this.shelf.annotate(membership, item, note);
			return "redirect:" + page.href("/c/" + membership.collective() + "/evidence/" + item);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			this.workspaces.frame(model, page, membership, csrf, response)
				.addAttribute("item", this.shelf.item(membership, item))
				.addAttribute("problem", invalid.messageKey());
			return "evidence/item";
		}
	}

	@GetMapping("/{lang}/c/{collective}/evidence/settings")
	String settings(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("keep", this.shelf.keepsMetadata(membership))
			.addAttribute("fingerprint", this.shelf.fingerprint(membership));
		return "evidence/settings";
	}

	@PostMapping("/{lang}/c/{collective}/evidence/settings")
	String choose(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(defaultValue = "strip") String metadata) {
		this.shelf.keepMetadata(membership, "keep".equals(metadata));
		return "redirect:" + page.href("/c/" + membership.collective() + "/evidence/settings");
	}

	/**
	 * The list, newest first, {@link #PAGE_SIZE} items a page so each fits the first
	 * round trip.
	 */
	String list(Page page, Membership membership, int number, CsrfToken csrf, Model model, HttpServletResponse response,
			@Nullable String problem) {
		List<ItemSummary> items = this.shelf.items(membership);
		int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.clamp(number, 1, pages);
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("items", items.subList((shown - 1) * PAGE_SIZE, Math.min(items.size(), shown * PAGE_SIZE)))
			.addAttribute("number", shown)
			.addAttribute("pages", pages)
			.addAttribute("problem", problem);
		return "evidence/list";
	}

}
