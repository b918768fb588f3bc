package org.tejido.territory.web;

import java.io.IOException;
import java.io.InputStream;
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

import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.site.Page;
import org.tejido.territory.geo.GeoFileRefused;
import org.tejido.territory.geo.GeoFiles;
import org.tejido.territory.internal.FileReport;
import org.tejido.territory.internal.Invalid;
import org.tejido.territory.internal.PatrolDesk;
import org.tejido.territory.internal.PatrolFiles;

/**
 * A patrol's GPS file (GPX, KML or GeoJSON): its tracks become the route, its waypoints
 * observations of the patrol, all or nothing. Members and coordinators.
 */
@Controller
class PatrolFilesController {

	private final WorkspacePages workspaces;

	private final PatrolDesk patrols;

	private final PatrolFiles files;

	PatrolFilesController(WorkspacePages workspaces, PatrolDesk patrols, PatrolFiles files) {
		this.workspaces = workspaces;
		this.patrols = patrols;
		this.files = files;
	}

	@GetMapping("/{lang}/c/{collective}/territory/patrols/{patrol}/track")
	String form(Page page, @InCollective Membership membership, @PathVariable UUID patrol, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		return page(page, membership, patrol, null, null, csrf, model, response);
	}

	@PostMapping("/{lang}/c/{collective}/territory/patrols/{patrol}/track")
	String track(Page page, @InCollective Membership membership, @PathVariable UUID patrol,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, CsrfToken csrf, Model model,
			HttpServletResponse response) throws IOException {
		this.patrols.one(membership, patrol);
		if (file == null || file.isEmpty()) {
			response.setStatus(422);
			return page(page, membership, patrol, null, page.t("territory.files.choose-a-file"), csrf, model, response);
		}
		try (InputStream content = file.getInputStream()) {
			FileReport report = this.files.follow(membership, patrol,
					GeoFiles.read(file.getOriginalFilename(), content));
			if (report.written()) {
				return "redirect:" + page.href("/c/" + membership.collective() + "/territory/patrols/" + patrol);
			}
			response.setStatus(422);
			return page(page, membership, patrol, report, null, csrf, model, response);
		}
		catch (GeoFileRefused refused) {
			response.setStatus(refused.status());
			return page(page, membership, patrol, null, page.t(refused.key(), refused.arguments().toArray()), csrf,
					model, response);
		}
		catch (Invalid refused) {
			response.setStatus(422);
			return page(page, membership, patrol, null, page.t(refused.messageKey(), refused.args()), csrf, model,
					response);
		}
	}

	private String page(Page page, Membership membership, UUID patrol, @Nullable FileReport report,
			@Nullable String refusal, CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("patrol", this.patrols.one(membership, patrol))
			.addAttribute("report", report)
			.addAttribute("refusal", refusal);
		return "territory/patrol-track";
	}

}
