package org.tejido.collectives.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.internal.ActivityEntry;
import org.tejido.collectives.internal.ActivityLog;
import org.tejido.collectives.internal.CollectiveArchive;
import org.tejido.collectives.internal.CollectiveDetails;
import org.tejido.collectives.internal.CollectiveDirectory;
import org.tejido.collectives.internal.Invalid;
import org.tejido.collectives.internal.Roster;
import org.tejido.site.Page;

/**
 * A collective's home, its description, its activity log, and the collective's own means
 * of sovereignty over its data: export and deletion.
 */
@Controller
class WorkspaceController {

	private final Workspaces workspaces;

	private final CollectiveDirectory directory;

	private final Roster roster;

	private final ActivityLog log;

	private final CollectiveArchive archive;

	WorkspaceController(Workspaces workspaces, CollectiveDirectory directory, Roster roster, ActivityLog log,
			CollectiveArchive archive) {
		this.workspaces = workspaces;
		this.directory = directory;
		this.roster = roster;
		this.log = log;
		this.archive = archive;
	}

	@GetMapping("/{lang}/c/{collective}")
	String home(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("details", this.directory.details(membership.collective()))
			.addAttribute("me", this.roster.member(membership, membership.member()));
		return "collectives/home";
	}

	@GetMapping("/{lang}/c/{collective}/settings")
	String settings(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("details", this.directory.details(membership.collective()));
		return "collectives/settings";
	}

	@PostMapping("/{lang}/c/{collective}/settings")
	String describe(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String territory, @RequestParam(defaultValue = "") String languages,
			@RequestParam(defaultValue = "") String attributes, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		CollectiveDetails details = CollectiveDetails.of(name, description, territory, languages, attributes);
		try {
			this.directory.describe(membership, details);
			return "redirect:" + page.href("/c/" + membership.collective());
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			this.workspaces.frame(model, page, membership, csrf, response)
				.addAttribute("details", details)
				.addAttribute("problem", invalid.messageKey());
			return "collectives/settings";
		}
	}

	@GetMapping("/{lang}/c/{collective}/activity")
	String activity(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(name = "page", defaultValue = "1") int pageNumber, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		List<ActivityEntry> entries = this.log.entries(membership.collective());
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("entries", Paged.of(entries.reversed(), pageNumber))
			.addAttribute("check", this.log.verify(entries))
			.addAttribute("names", this.roster.names(membership));
		return "collectives/activity";
	}

	@GetMapping("/{lang}/c/{collective}/export")
	void export(@InCollective(CollectiveRole.COORDINATOR) Membership membership, HttpServletResponse response)
			throws IOException {
		response.setContentType("application/zip");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"collective-" + LocalDate.now(ZoneOffset.UTC) + ".zip\"");
		this.archive.write(membership, response.getOutputStream());
	}

	@GetMapping("/{lang}/c/{collective}/delete")
	String deletion(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response);
		return "collectives/delete";
	}

	@PostMapping("/{lang}/c/{collective}/delete")
	String delete(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(defaultValue = "") String confirmation, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		try {
			this.directory.dissolve(membership, confirmation);
			return "redirect:" + page.href("/collectives?deleted");
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			this.workspaces.frame(model, page, membership, csrf, response)
				.addAttribute("problem", invalid.messageKey());
			return "collectives/delete";
		}
	}

}
