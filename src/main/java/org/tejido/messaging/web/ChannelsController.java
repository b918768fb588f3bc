package org.tejido.messaging.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.messaging.internal.ChannelForm;
import org.tejido.messaging.internal.ChannelView;
import org.tejido.messaging.internal.Channels;
import org.tejido.messaging.internal.OutboxSummary;
import org.tejido.site.Page;

/**
 * How a collective's messages travel: its SMS gateway (Kannel over HTTP, or an SMS centre
 * over SMPP) and number, set by its coordinators. The gateway's password is kept sealed
 * and never shown again.
 */
@Controller
class ChannelsController {

	private final WorkspacePages workspaces;

	private final Channels channels;

	private final OutboxSummary summary;

	ChannelsController(WorkspacePages workspaces, Channels channels, OutboxSummary summary) {
		this.workspaces = workspaces;
		this.channels = channels;
		this.summary = summary;
	}

	@GetMapping("/{lang}/c/{collective}/channels")
	String channels(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		return show(page, membership, csrf, model, response, this.channels.view(membership), List.of(),
				page.query() != null && page.query().contains("saved"));
	}

	@PostMapping("/{lang}/c/{collective}/channels")
	String save(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(defaultValue = "kannel") String kind, @RequestParam(defaultValue = "") String url,
			@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String host,
			@RequestParam(defaultValue = "") String port,
			@RequestParam(name = "system_id", defaultValue = "") String systemId,
			@RequestParam(name = "system_type", defaultValue = "") String systemType,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String number,
			@RequestParam(name = "per_second", defaultValue = "") String perSecond, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		ChannelForm form = new ChannelForm(kind, url, username, host, port, systemId, systemType, password, number,
				perSecond);
		List<String> problems = saved(membership, form);
		if (problems.isEmpty()) {
			return "redirect:" + page.href("/c/" + membership.collective() + "/channels?saved");
		}
		response.setStatus(422);
		ChannelView kept = this.channels.view(membership);
		ChannelView typed = form.view(false);
		return show(page, membership, csrf, model, response,
				form.view(kept.hasPassword() && kept.kind().equals(typed.kind())), problems, false);
	}

	/**
	 * Saves the form. Two collectives saving the same number at once may both pass the
	 * check before either is kept; the unique index then refuses the later one, and once
	 * its transaction is rolled back the number is found to be the other's.
	 */
	private List<String> saved(Membership membership, ChannelForm form) {
		try {
			return this.channels.save(membership, form);
		}
		catch (DuplicateKeyException ex) {
			if (this.channels.collectiveAt(form.number())
				.filter((other) -> !other.equals(membership.collective()))
				.isEmpty()) {
				throw ex;
			}
			return List.of("messaging.number-taken");
		}
	}

	private String show(Page page, Membership membership, CsrfToken csrf, Model model, HttpServletResponse response,
			ChannelView channel, List<String> problems, boolean saved) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("channel", channel)
			.addAttribute("problems", problems)
			.addAttribute("saved", saved)
			.addAttribute("counts", this.summary.of(membership))
			.addAttribute("lastRetry", this.summary.lastRetryAnswer(membership));
		return "messaging/channels";
	}

}
