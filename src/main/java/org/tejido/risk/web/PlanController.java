package org.tejido.risk.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.tejido.risk.internal.Assessments;
import org.tejido.risk.internal.Candidate;
import org.tejido.risk.internal.MeasureShape;
import org.tejido.risk.internal.MeasureStatus;
import org.tejido.risk.internal.PlanDesk;
import org.tejido.risk.internal.PlanInvalid;
import org.tejido.risk.internal.PlanJson;
import org.tejido.risk.internal.PlanStale;
import org.tejido.risk.internal.PlanSummaries;
import org.tejido.risk.internal.PlanView;
import org.tejido.risk.internal.Plans;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * An assessment's protection plan: the measures by kind, the suggested measures to take
 * up, the form to add one; changing, marking and removing a measure; sending the
 * responsible people their summaries; the plan as JSON. Whoever may not read the
 * assessment gets 404 on every route, whatever their role; readers who do not coordinate
 * read but do not change (403).
 */
@Controller
class PlanController {

	private final WorkspacePages workspaces;

	private final Plans plans;

	private final PlanDesk desk;

	private final PlanSummaries summaries;

	private final PlanJson json;

	private final Assessments assessments;

	PlanController(WorkspacePages workspaces, Plans plans, PlanDesk desk, PlanSummaries summaries, PlanJson json,
			Assessments assessments) {
		this.workspaces = workspaces;
		this.plans = plans;
		this.desk = desk;
		this.summaries = summaries;
		this.json = json;
		this.assessments = assessments;
	}

	@GetMapping("/{lang}/c/{collective}/risk/{assessment}/plan")
	String plan(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @RequestParam(name = "from", required = false) @Nullable UUID candidate,
			@RequestParam(name = "sent", required = false) @Nullable Integer sent, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		PlanView plan = this.plans.plan(membership, assessment);
		MeasureForm form = plan.assessment()
			.candidates()
			.stream()
			.filter((found) -> found.id().equals(candidate))
			.findFirst()
			.map(MeasureForm::from)
			.orElseGet(MeasureForm::blank);
		show(page, membership, csrf, model, response, plan, form, null);
		model.addAttribute("sent", (sent != null) ? page.t("plans.summaries.sent", sent) : null);
		return "risk/plan";
	}

	@PostMapping("/{lang}/c/{collective}/risk/{assessment}/plan/measures")
	String add(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String title,
			@RequestParam(name = "answer", required = false) @Nullable List<String> answers,
			@RequestParam(name = "responsible", required = false) @Nullable List<String> responsible,
			@RequestParam(defaultValue = "") String due, @RequestParam(defaultValue = "") String resources,
			@RequestParam(defaultValue = "") String candidate, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		this.desk.editable(membership, assessment);
		MeasureForm form = new MeasureForm(kind, title, answers, responsible, due, resources,
				MeasureStatus.PLANNED.code());
		try {
			this.desk.add(membership, assessment, form.draft());
		}
		catch (PlanInvalid invalid) {
			response.setStatus(422);
			show(page, membership, csrf, model, response, this.plans.plan(membership, assessment), form,
					page.t(invalid.messageKey(), invalid.args()));
			model.addAttribute("sent", null);
			return "risk/plan";
		}
		adopted(membership, assessment, candidate);
		return "redirect:" + page.href(base(membership, assessment));
	}

	@GetMapping("/{lang}/c/{collective}/risk/{assessment}/plan/measures/{measure}")
	String measure(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @PathVariable UUID measure, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		PlanView plan = this.plans.plan(membership, assessment);
		this.desk.editable(membership, assessment);
		MeasureShape shown = found(plan, measure);
		edit(page, membership, csrf, model, response, plan, shown, MeasureForm.of(shown), shown.version(), null, false);
		return "risk/measure";
	}

	@PostMapping("/{lang}/c/{collective}/risk/{assessment}/plan/measures/{measure}")
	String change(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @PathVariable UUID measure, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String title,
			@RequestParam(name = "answer", required = false) @Nullable List<String> answers,
			@RequestParam(name = "responsible", required = false) @Nullable List<String> responsible,
			@RequestParam(defaultValue = "") String due, @RequestParam(defaultValue = "") String resources,
			@RequestParam(defaultValue = "") String status, CsrfToken csrf, Model model, HttpServletResponse response) {
		PlanView plan = this.plans.plan(membership, assessment);
		this.desk.editable(membership, assessment);
		MeasureShape shown = found(plan, measure);
		MeasureForm form = new MeasureForm(kind, title, answers, responsible, due, resources, status);
		try {
			this.desk.change(membership, assessment, measure, version, form.draft());
			return "redirect:" + page.href(base(membership, assessment));
		}
		catch (PlanInvalid invalid) {
			response.setStatus(422);
			edit(page, membership, csrf, model, response, plan, shown, form, version,
					page.t(invalid.messageKey(), invalid.args()), false);
		}
		catch (PlanStale | OptimisticLockingFailureException stale) {
			response.setStatus(409);
			MeasureShape now = this.plans.measure(membership, assessment, measure).orElseThrow(NotFound::new);
			edit(page, membership, csrf, model, response, plan, now, form, now.version(),
					page.t("plans.measure.changed-meanwhile"), true);
		}
		return "risk/measure";
	}

	@PostMapping("/{lang}/c/{collective}/risk/{assessment}/plan/measures/{measure}/status")
	String mark(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @PathVariable UUID measure,
			@RequestParam(required = false) @Nullable Long version, @RequestParam(defaultValue = "") String status) {
		try {
			this.desk.mark(membership, assessment, measure, version, MeasureStatus.fromCode(status));
		}
		catch (OptimisticLockingFailureException stale) {
			throw new PlanStale();
		}
		return "redirect:" + page.href(base(membership, assessment));
	}

	@PostMapping("/{lang}/c/{collective}/risk/{assessment}/plan/measures/{measure}/delete")
	String remove(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @PathVariable UUID measure) {
		try {
			this.desk.remove(membership, assessment, measure);
		}
		catch (OptimisticLockingFailureException stale) {
			throw new PlanStale();
		}
		return "redirect:" + page.href(base(membership, assessment));
	}

	@PostMapping("/{lang}/c/{collective}/risk/{assessment}/plan/summaries")
	String summaries(Page page, @InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
			CollectiveRole.ALLY }) Membership membership, @PathVariable UUID assessment) {
		int sent = this.summaries.send(membership, assessment);
		return "redirect:" + page.href(base(membership, assessment) + "?sent=" + sent);
	}

	@GetMapping("/{lang}/c/{collective}/risk/{assessment}/plan.json")
	ResponseEntity<byte[]> asJson(@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
			CollectiveRole.ALLY }) Membership membership, @PathVariable UUID assessment) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("Cache-Control", "no-store")
			.body(this.json.of(membership, assessment));
	}

	private void adopted(Membership membership, UUID assessment, String candidate) {
		if (candidate.isBlank()) {
			return;
		}
		try {
			this.assessments.removeCandidate(membership, assessment, UUID.fromString(candidate));
		}
		catch (IllegalArgumentException unreadable) {
			// not a candidate's id: nothing to take out of the suggestions
		}
	}

	private static MeasureShape found(PlanView plan, UUID measure) {
		return plan.measures()
			.stream()
			.filter((shape) -> shape.id().equals(measure))
			.findFirst()
			.orElseThrow(NotFound::new);
	}

	private static String base(Membership membership, UUID assessment) {
		return "/c/" + membership.collective() + "/risk/" + assessment + "/plan";
	}

	private void show(Page page, Membership membership, CsrfToken csrf, Model model, HttpServletResponse response,
			PlanView plan, MeasureForm form, @Nullable String problem) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("plan", plan)
			.addAttribute("edit", this.assessments.mayEdit(membership, plan.assessment().id()))
			.addAttribute("form", form)
			.addAttribute("candidate", candidateOf(plan, form))
			.addAttribute("problem", problem);
	}

	private static String candidateOf(PlanView plan, MeasureForm form) {
		return plan.assessment()
			.candidates()
			.stream()
			.filter((candidate) -> candidate.title().equals(form.title()))
			.map(Candidate::id)
			.map(UUID::toString)
			.findFirst()
			.orElse("");
	}

	private void edit(Page page, Membership membership, CsrfToken csrf, Model model, HttpServletResponse response,
			PlanView plan, MeasureShape measure, MeasureForm form, long version, @Nullable String problem,
			boolean conflict) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("plan", plan)
			.addAttribute("measure", measure)
			.addAttribute("form", form)
			.addAttribute("version", version)
			.addAttribute("conflict", conflict)
			.addAttribute("problem", problem);
	}

}
