package org.tejido.collectives.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.internal.CollectiveDirectory;
import org.tejido.collectives.internal.Invalid;
import org.tejido.collectives.internal.MemberInput;
import org.tejido.collectives.internal.Roster;
import org.tejido.site.BadRequest;
import org.tejido.site.Page;

/**
 * The people of a collective. Members see who belongs; only coordinators see contacts and
 * notes, and add, change or remove people.
 */
@Controller
class MembersController {

	private final Workspaces workspaces;

	private final Roster roster;

	private final CollectiveDirectory directory;

	MembersController(Workspaces workspaces, Roster roster, CollectiveDirectory directory) {
		this.workspaces = workspaces;
		this.roster = roster;
		this.directory = directory;
	}

	@GetMapping("/{lang}/c/{collective}/members")
	String members(Page page, @InCollective Membership membership,
			@RequestParam(name = "page", defaultValue = "1") int pageNumber, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("members", Paged.of(this.roster.count(membership), pageNumber,
					(from, to) -> this.roster.members(membership, from, to)));
		return "collectives/members";
	}

	@GetMapping("/{lang}/c/{collective}/members/new")
	String newMember(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		return form(page, membership, csrf, model, response, null,
				new MemberInput("", "", "", page.lang().code(), Map.of(), false, ""), CollectiveRole.MEMBER);
	}

	@PostMapping("/{lang}/c/{collective}/members")
	String add(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam MultiValueMap<String, String> form, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		MemberInput input = inputOf(form);
		CollectiveRole role = roleOf(form.getFirst("role"));
		try {
			this.roster.addContact(membership, input, role);
			return "redirect:" + page.href("/c/" + membership.collective() + "/members");
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			String view = form(page, membership, csrf, model, response, null, input, role);
			model.addAttribute("problem", invalid.messageKey());
			return view;
		}
	}

	@GetMapping("/{lang}/c/{collective}/members/{member}")
	String member(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, @PathVariable UUID member,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		var view = this.roster.member(membership, member);
		MemberInput input = new MemberInput(view.details().name(), view.details().phone(), view.details().email(),
				view.details().lang(), view.details().attributes(), !view.details().attributes().isEmpty(),
				view.details().notes());
		return form(page, membership, csrf, model, response, member, input, view.role());
	}

	@PostMapping("/{lang}/c/{collective}/members/{member}")
	String describe(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID member, @RequestParam MultiValueMap<String, String> form, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		MemberInput input = inputOf(form);
		try {
			this.roster.describe(membership, member, input);
			return "redirect:" + page.href("/c/" + membership.collective() + "/members");
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			CollectiveRole role = this.roster.member(membership, member).role();
			String view = form(page, membership, csrf, model, response, member, input, role);
			model.addAttribute("problem", invalid.messageKey());
			return view;
		}
	}

	@PostMapping("/{lang}/c/{collective}/members/{member}/role")
	String changeRole(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID member, @RequestParam(defaultValue = "") String role) {
		this.roster.changeRole(membership, member, roleOf(role));
		return "redirect:" + page.href("/c/" + membership.collective() + "/members");
	}

	@PostMapping("/{lang}/c/{collective}/members/{member}/remove")
	String remove(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID member) {
		this.roster.remove(membership, member);
		return "redirect:" + page.href("/c/" + membership.collective() + "/members");
	}

	private String form(Page page, Membership membership, CsrfToken csrf, Model model, HttpServletResponse response,
			@Nullable UUID member, MemberInput input, CollectiveRole role) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("member", member)
			.addAttribute("input", input)
			.addAttribute("role", role)
			.addAttribute("recorded", this.directory.details(membership.collective()).recordedAttributes());
		return "collectives/member";
	}

	static MemberInput inputOf(MultiValueMap<String, String> form) {
		Map<String, String> attributes = new LinkedHashMap<>();
		form.forEach((key, values) -> {
			if (key.startsWith("attr.") && !values.isEmpty()) {
				attributes.put(key.substring(5), values.get(0));
			}
		});
		return new MemberInput(value(form, "name"), value(form, "phone"), value(form, "email"), value(form, "lang"),
				attributes, "on".equals(form.getFirst("consent")), value(form, "notes"));
	}

	static CollectiveRole roleOf(@Nullable String code) {
		for (CollectiveRole role : CollectiveRole.values()) {
			if (role.code().equals(code)) {
				return role;
			}
		}
		throw new BadRequest("collectives.role-unknown");
	}

	private static String value(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return (value != null) ? value : "";
	}

}
