package org.tejido.warning.web;

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

import org.tejido.collectives.CollectivePeople;
import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.site.Page;
import org.tejido.warning.internal.CapExport;
import org.tejido.warning.internal.Invalid;
import org.tejido.warning.internal.ProtocolDesk;

/**
 * Coordinators' protocols: who is told of which alerts, in which order, by which
 * channels, and how long each tier has to answer; and how precisely alerts are shared as
 * CAP.
 */
@Controller
class ProtocolsController {

	private final WorkspacePages workspaces;

	private final ProtocolDesk protocols;

	private final CollectivePeople people;

	private final CapExport cap;

	ProtocolsController(WorkspacePages workspaces, ProtocolDesk protocols, CollectivePeople people, CapExport cap) {
		this.workspaces = workspaces;
		this.protocols = protocols;
		this.people = people;
		this.cap = cap;
	}

	@GetMapping("/{lang}/c/{collective}/protocols")
	String protocols(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("protocols", this.protocols.of(membership))
			.addAttribute("precision", this.cap.precision(membership.collective()));
		return "warning/protocols";
	}

	@PostMapping("/{lang}/c/{collective}/protocols")
	String create(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(defaultValue = "") String name,
			@RequestParam(name = "category", required = false) List<String> categories,
			@RequestParam(name = "min_severity", defaultValue = "low") String minSeverity) {
		UUID id = this.protocols.create(membership, name, (categories != null) ? categories : List.of(), minSeverity);
		return "redirect:" + page.href("/c/" + membership.collective() + "/protocols/" + id);
	}

	@PostMapping("/{lang}/c/{collective}/protocols/sharing")
	String sharing(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(defaultValue = "") String precision) {
		this.cap.choosePrecision(membership, precision);
		return "redirect:" + page.href("/c/" + membership.collective() + "/protocols");
	}

	@GetMapping("/{lang}/c/{collective}/protocols/{protocol}")
	String protocol(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID protocol, CsrfToken csrf, Model model, HttpServletResponse response) {
		return show(page, membership, protocol, csrf, model, response);
	}

	@PostMapping("/{lang}/c/{collective}/protocols/{protocol}/tiers")
	String addTier(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID protocol, @RequestParam(name = "target", required = false) List<String> targets,
			@RequestParam(name = "channel", required = false) List<String> channels,
			@RequestParam(defaultValue = "15") int wait, @RequestParam(defaultValue = "collective") String level,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		try {
			this.protocols.addTier(membership, protocol, (targets != null) ? targets : List.of(),
					(channels != null) ? channels : List.of(), wait, level);
			return "redirect:" + page.href("/c/" + membership.collective() + "/protocols/" + protocol);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			String view = show(page, membership, protocol, csrf, model, response);
			model.addAttribute("problem", invalid.messageKey());
			return view;
		}
	}

	@PostMapping("/{lang}/c/{collective}/protocols/{protocol}/tiers/{position}/remove")
	String removeTier(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID protocol, @PathVariable int position) {
		this.protocols.removeTier(membership, protocol, position);
		return "redirect:" + page.href("/c/" + membership.collective() + "/protocols/" + protocol);
	}

	@PostMapping("/{lang}/c/{collective}/protocols/{protocol}/delete")
	String delete(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID protocol) {
		this.protocols.delete(membership, protocol);
		return "redirect:" + page.href("/c/" + membership.collective() + "/protocols");
	}

	private String show(Page page, Membership membership, UUID protocol, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("protocol", this.protocols.protocol(membership, protocol))
			.addAttribute("groups", this.people.groups(membership.collective()))
			.addAttribute("people", this.people.of(membership.collective()));
		return "warning/protocol";
	}

}
