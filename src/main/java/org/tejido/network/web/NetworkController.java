package org.tejido.network.web;

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

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.network.graph.Node;
import org.tejido.network.internal.ActorDraft;
import org.tejido.network.internal.Invalid;
import org.tejido.network.internal.NetworkDesk;
import org.tejido.network.internal.NetworkMap;
import org.tejido.network.internal.RelationDraft;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * The map's own pages: its actors, one actor with its relations, the relation form, and
 * the choice of readers. Read by coordinators and chosen readers (anyone else: 404);
 * changed by coordinators only.
 */
@Controller
class NetworkController {

	private final WorkspacePages workspaces;

	private final NetworkDesk desk;

	NetworkController(WorkspacePages workspaces, NetworkDesk desk) {
		this.workspaces = workspaces;
		this.desk = desk;
	}

	@GetMapping("/{lang}/c/{collective}/network")
	String home(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		NetworkMap map = this.desk.read(membership);
		this.workspaces.frame(model, page, membership, csrf, response).addAttribute("map", map);
		return "network/home";
	}

	@GetMapping("/{lang}/c/{collective}/network/actors/new")
	String newActor(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		return actorForm(page, membership, ActorDraft.blank(), null, csrf, model, response);
	}

	@PostMapping("/{lang}/c/{collective}/network/actors")
	String addActor(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String level, @RequestParam(defaultValue = "") String stance,
			@RequestParam(defaultValue = "") String influence, @RequestParam(defaultValue = "") String hidden,
			@RequestParam(defaultValue = "") String notes, CsrfToken csrf, Model model, HttpServletResponse response) {
		ActorDraft draft = new ActorDraft(name, kind, level, stance, influence, "on".equals(hidden), notes);
		try {
			UUID actor = this.desk.addActor(membership, draft);
			return "redirect:" + page.href("/c/" + membership.collective() + "/network/actors/" + actor);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			return actorForm(page, membership, draft, page.t(invalid.messageKey(), invalid.args()), csrf, model,
					response);
		}
	}

	@GetMapping("/{lang}/c/{collective}/network/actors/{actor}")
	String actor(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID actor, CsrfToken csrf, Model model, HttpServletResponse response) {
		NetworkMap map = this.desk.read(membership);
		Node shown = map.actor(actor).orElseThrow(NotFound::new);
		return actorPage(page, membership, map, shown, ActorDraft.of(shown), null, csrf, model, response);
	}

	@PostMapping("/{lang}/c/{collective}/network/actors/{actor}")
	String changeActor(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID actor, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String level,
			@RequestParam(defaultValue = "") String stance, @RequestParam(defaultValue = "") String influence,
			@RequestParam(defaultValue = "") String hidden, @RequestParam(defaultValue = "") String notes,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		ActorDraft draft = new ActorDraft(name, kind, level, stance, influence, "on".equals(hidden), notes);
		try {
			this.desk.changeActor(membership, actor, draft);
			return "redirect:" + page.href("/c/" + membership.collective() + "/network/actors/" + actor);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			NetworkMap map = this.desk.read(membership);
			Node shown = map.actor(actor).orElseThrow(NotFound::new);
			return actorPage(page, membership, map, shown, draft, page.t(invalid.messageKey(), invalid.args()), csrf,
					model, response);
		}
	}

	@PostMapping("/{lang}/c/{collective}/network/actors/{actor}/delete")
	String removeActor(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID actor) {
		this.desk.removeActor(membership, actor);
		return "redirect:" + page.href("/c/" + membership.collective() + "/network");
	}

	@GetMapping("/{lang}/c/{collective}/network/relations/new")
	String newRelation(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		return relationForm(page, membership, RelationDraft.blank(), null, csrf, model, response);
	}

	/**
	 * Records a relation; an end that is no actor, member or sub-group of this collective
	 * (one of another collective) answers 404.
	 */
	@PostMapping("/{lang}/c/{collective}/network/relations")
	String addRelation(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String target,
			@RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "3") String strength,
			@RequestParam(defaultValue = "") String hidden, @RequestParam(defaultValue = "") String back,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		RelationDraft draft = new RelationDraft(source, target, type, strength, "on".equals(hidden));
		try {
			this.desk.addRelation(membership, draft);
			String to = back.matches("[0-9a-f-]{36}") ? "/network/actors/" + back : "/network";
			return "redirect:" + page.href("/c/" + membership.collective() + to);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			return relationForm(page, membership, draft, page.t(invalid.messageKey(), invalid.args()), csrf, model,
					response);
		}
	}

	@PostMapping("/{lang}/c/{collective}/network/relations/{relation}/delete")
	String removeRelation(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID relation) {
		this.desk.removeRelation(membership, relation);
		return "redirect:" + page.href("/c/" + membership.collective() + "/network");
	}

	@GetMapping("/{lang}/c/{collective}/network/readers")
	String readers(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response).addAttribute("map", this.desk.read(membership));
		return "network/readers";
	}

	@PostMapping("/{lang}/c/{collective}/network/readers")
	String chooseReaders(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(name = "reader", required = false) @Nullable List<UUID> readers) {
		this.desk.choose(membership, (readers == null) ? List.of() : readers);
		return "redirect:" + page.href("/c/" + membership.collective() + "/network/readers");
	}

	private String actorForm(Page page, Membership membership, ActorDraft draft, @Nullable String problem,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("form", draft)
			.addAttribute("problem", problem);
		return "network/actor-new";
	}

	private String actorPage(Page page, Membership membership, NetworkMap map, Node actor, ActorDraft draft,
			@Nullable String problem, CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("map", map)
			.addAttribute("actor", actor)
			.addAttribute("form", draft)
			.addAttribute("problem", problem);
		return "network/actor";
	}

	private String relationForm(Page page, Membership membership, RelationDraft draft, @Nullable String problem,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("map", this.desk.read(membership))
			.addAttribute("form", draft)
			.addAttribute("problem", problem);
		return "network/relation-new";
	}

}
