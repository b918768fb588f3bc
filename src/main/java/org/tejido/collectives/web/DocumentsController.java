package org.tejido.collectives.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
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
import org.tejido.collectives.internal.DocumentShelf;
import org.tejido.collectives.internal.Invalid;
import org.tejido.collectives.internal.Views.DocumentView;
import org.tejido.site.Page;

/**
 * A collective's files, encrypted at rest. Allies see only those shared with allies.
 */
@Controller
class DocumentsController {

	private final Workspaces workspaces;

	private final DocumentShelf shelf;

	DocumentsController(Workspaces workspaces, DocumentShelf shelf) {
		this.workspaces = workspaces;
		this.shelf = shelf;
	}

	@GetMapping("/{lang}/c/{collective}/documents")
	String documents(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("documents", this.shelf.visibleTo(membership));
		return "collectives/documents";
	}

	@PostMapping("/{lang}/c/{collective}/documents")
	String store(Page page, @InCollective Membership membership, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "") String allies, CsrfToken csrf, Model model, HttpServletResponse response)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
			this.shelf.store(membership, name, content, "on".equals(allies));
			return "redirect:" + page.href("/c/" + membership.collective() + "/documents");
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			this.workspaces.frame(model, page, membership, csrf, response)
				.addAttribute("documents", this.shelf.visibleTo(membership))
				.addAttribute("problem", invalid.messageKey());
			return "collectives/documents";
		}
	}

	@GetMapping("/{lang}/c/{collective}/documents/{document}")
	void download(
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID document, HttpServletResponse response) throws IOException {
		DocumentView view = this.shelf.document(membership, document);
		response.setContentType(view.mediaType());
		response.setContentLengthLong(view.size());
		response.setHeader("Cache-Control", "no-store");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
				+ URLEncoder.encode(view.name(), StandardCharsets.UTF_8).replace("+", "%20"));
		try (InputStream in = this.shelf.open(membership, document)) {
			in.transferTo(response.getOutputStream());
		}
	}

}
