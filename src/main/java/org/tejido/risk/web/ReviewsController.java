package org.tejido.risk.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.tejido.collectives.WorkspacePages;
import org.tejido.risk.internal.AssessmentJson;
import org.tejido.risk.internal.AssessmentView;
import org.tejido.risk.internal.Assessments;
import org.tejido.risk.internal.Group;
import org.tejido.risk.internal.Invalid;
import org.tejido.risk.internal.Items;
import org.tejido.risk.internal.ReviewView;
import org.tejido.risk.internal.Stale;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * An assessment's reviews: starting a new one, reading an old one, changing the whole
 * collective's vulnerabilities and capacities in the latest, and the assessment as JSON.
 */
@Controller
class ReviewsController {

	private final WorkspacePages workspaces;

	private final Assessments assessments;

	private final AssessmentJson json;

	ReviewsController(WorkspacePages workspaces, Assessments assessments, AssessmentJson json) {
		this.workspaces = workspaces;
		this.assessments = assessments;
		this.json = json;
	}

	@PostMapping("/{lang}/c/{collective}/risk/{assessment}/reviews")
	String start(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @RequestParam MultiValueMap<String, String> params, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		Editing.editable(this.assessments, membership, assessment);
		String held = ThreatForm.one(params, "held_on");
		String next = ThreatForm.one(params, "next_review_on");
		try {
			SettingsForm typed = new SettingsForm("", "", "", next, java.util.List.of(), held);
			this.assessments.startReview(membership, assessment, ThreatForm.version(params), typed.held(),
					SettingsForm.date(next));
			return "redirect:" + page.href("/c/" + membership.collective() + "/risk/" + assessment);
		}
		catch (Invalid invalid) {
			return again(page, membership, csrf, model, response, assessment, 422,
					page.t(invalid.messageKey(), invalid.args()), held, next, null);
		}
		catch (Stale | OptimisticLockingFailureException stale) {
			return again(page, membership, csrf, model, response, assessment, 409, page.t("risk.changed-meanwhile"),
					held, next, null);
		}
	}

	@PostMapping("/{lang}/c/{collective}/risk/{assessment}/collective")
	String collective(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @RequestParam MultiValueMap<String, String> params, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		Editing.editable(this.assessments, membership, assessment);
		Map<Group, String> vulnerabilities = boxes(params, "v");
		Map<Group, String> capacities = boxes(params, "c");
		try {
			this.assessments.changeCollective(membership, assessment, ThreatForm.version(params), vulnerabilities,
					capacities);
			return "redirect:" + page.href("/c/" + membership.collective() + "/risk/" + assessment);
		}
		catch (Invalid invalid) {
			return again(page, membership, csrf, model, response, assessment, 422,
					page.t(invalid.messageKey(), invalid.args()), "", "",
					new CollectiveBoxes(vulnerabilities, capacities));
		}
		catch (Stale | OptimisticLockingFailureException stale) {
			return again(page, membership, csrf, model, response, assessment, 409, page.t("risk.changed-meanwhile"), "",
					"", new CollectiveBoxes(vulnerabilities, capacities));
		}
	}

	@GetMapping("/{lang}/c/{collective}/risk/{assessment}/reviews/{number}")
	String review(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @PathVariable int number, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		AssessmentView view = this.assessments.readable(membership, assessment).orElseThrow(NotFound::new);
		ReviewView review = this.assessments.reviews(membership, assessment)
			.stream()
			.filter((kept) -> kept.number() == number)
			.findFirst()
			.orElseThrow(NotFound::new);
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("a", view)
			.addAttribute("review", review);
		return "risk/review";
	}

	@GetMapping(path = "/{lang}/c/{collective}/risk/{assessment}.json")
	ResponseEntity<byte[]> json(
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @RequestParam(defaultValue = "all") String reviews) {
		byte[] body = this.json.of(membership, assessment, "latest".equals(reviews));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("Content-Disposition", "attachment; filename=\"risk-assessment-" + assessment + ".json\"")
			.header("Cache-Control", "no-store")
			.body(body);
	}

	private static Map<Group, String> boxes(MultiValueMap<String, String> params, String prefix) {
		Map<Group, String> boxes = new java.util.EnumMap<>(Group.class);
		for (Group group : Group.values()) {
			boxes.put(group, ThreatForm.one(params, prefix + "_" + group.code()));
		}
		return boxes;
	}

	private String again(Page page, Membership membership, CsrfToken csrf, Model model, HttpServletResponse response,
			UUID assessment, int status, String problem, String held, String next,
			@org.jspecify.annotations.Nullable CollectiveBoxes typed) {
		AssessmentView view = this.assessments.readable(membership, assessment).orElseThrow(NotFound::new);
		response.setStatus(status);
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("a", view)
			.addAttribute("edit", true)
			.addAttribute("today", held.isBlank() ? AssessmentsController.today().toString() : held)
			.addAttribute("next", next.isBlank() ? AssessmentsController.proposedNext(view).toString() : next)
			.addAttribute("boxes",
					(typed != null) ? typed
							: new CollectiveBoxes(Items.texts(view.vulnerabilities()), Items.texts(view.capacities())))
			.addAttribute("problem", problem);
		return "risk/assessment";
	}

}
