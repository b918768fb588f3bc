package org.tejido.collectives.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.internal.GroupDirectory;
import org.tejido.collectives.internal.Invalid;
import org.tejido.collectives.internal.Roster;
import org.tejido.site.Page;

/**
 * Sub-groups of a collective. Allies see only those shared with allies.
 */
@Controller
class GroupsController {

	private final Workspaces workspaces;

	private final GroupDirectory groups;

	private final Roster roster;

	GroupsController(Workspaces workspaces, GroupDirectory groups, Roster roster) {
		this.workspaces = workspaces;
		this.groups = groups;
		this.roster = roster;
	}

	@GetMapping("/{lang}/c/{collective}/groups")
	String groups(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("groups", this.groups.visibleTo(membership))
			.addAttribute("name", "");
		return "collectives/groups";
	}

	@PostMapping("/{lang}/c/{collective}/groups")
	String form(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String allies,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		try {
			UUID group = this.groups.form(membership, name, "on".equals(allies));
			return "redirect:" + page.href("/c/" + membership.collective() + "/groups/" + group);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			this.workspaces.frame(model, page, membership, csrf, response)
				.addAttribute("groups", this.groups.visibleTo(membership))
				.addAttribute("name", name)
				.addAttribute("problem", invalid.messageKey());
			return "collectives/groups";
		}
	}

	@GetMapping("/{lang}/c/{collective}/groups/{group}")
	String group(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID group, CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("group", this.groups.group(membership, group))
			.addAttribute("everyone", membership.isCoordinator() ? this.roster.names(membership) : List.of());
		return "collectives/group";
	}

	@PostMapping("/{lang}/c/{collective}/groups/{group}/members")
	String add(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, @PathVariable UUID group,
			@RequestParam UUID member) {
		this.groups.add(membership, group, member);
		return back(page, membership, group);
	}

	@PostMapping("/{lang}/c/{collective}/groups/{group}/members/{member}/remove")
	String remove(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, @PathVariable UUID group,
			@PathVariable UUID member) {
		this.groups.remove(membership, group, member);
		return back(page, membership, group);
	}

	@PostMapping("/{lang}/c/{collective}/groups/{group}/sharing")
	String share(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, @PathVariable UUID group,
			@RequestParam(defaultValue = "") String allies) {
		this.groups.share(membership, group, "on".equals(allies));
		return back(page, membership, group);
	}

	@PostMapping("/{lang}/c/{collective}/groups/{group}/dissolve")
	String dissolve(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID group) {
		this.groups.dissolve(membership, group);
		return "redirect:" + page.href("/c/" + membership.collective() + "/groups");
	}

	private static String back(Page page, Membership membership, UUID group) {
		return "redirect:" + page.href("/c/" + membership.collective() + "/groups/" + group);
	}

}
