package org.tejido.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.evidence.internal.EvidenceShelf;
import org.tejido.evidence.internal.Views.Download;

/**
 * The copies of an item: the shared copy for members, the original only for coordinators;
 * each download goes into the item's custody ledger.
 */
@Controller
class DownloadsController {

	private final EvidenceShelf shelf;

	DownloadsController(EvidenceShelf shelf) {
		this.shelf = shelf;
	}

	@GetMapping("/{lang}/c/{collective}/evidence/{item}/shared")
	void shared(@InCollective Membership membership, @PathVariable UUID item, HttpServletResponse response)
			throws IOException {
		send(this.shelf.shared(membership, item), response);
	}

	@GetMapping("/{lang}/c/{collective}/evidence/{item}/original")
	void original(@InCollective(CollectiveRole.COORDINATOR) Membership membership, @PathVariable UUID item,
			HttpServletResponse response) throws IOException {
		send(this.shelf.original(membership, item), response);
	}

	static void send(Download download, HttpServletResponse response) throws IOException {
		try (InputStream in = download.open()) {
			response.setContentType(download.mediaType());
			response.setContentLengthLong(download.size());
			response.setHeader("Cache-Control", "no-store");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(download.name()));
			in.transferTo(response.getOutputStream());
		}
	}

	static String attachment(String name) {
		return "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
