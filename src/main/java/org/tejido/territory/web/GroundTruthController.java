package org.tejido.territory.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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
import org.springframework.web.multipart.MultipartFile;

import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.evidence.EvidenceRefused;
import org.tejido.site.Page;
import org.tejido.territory.internal.GroundTruth;
import org.tejido.territory.internal.GroundTruth.TaskView;
import org.tejido.territory.internal.Invalid;
import org.tejido.territory.internal.ObservationViews;
import org.tejido.territory.internal.PatrolDesk;
import org.tejido.territory.internal.TaskStatus;
import org.tejido.territory.maps.MapFeature;
import org.tejido.territory.satellite.AlertFileRefused;

/**
 * Satellite alerts to check on the ground: importing a GFW or FIRMS export, the tasks it
 * made, and recording what a patrol found. Members and coordinators.
 */
@Controller
class GroundTruthController {

	private final WorkspacePages workspaces;

	private final GroundTruth groundTruth;

	private final PatrolDesk patrols;

	/** What a map of tasks may weigh gzipped, beside the import form and the table. */
	static final int MAP_BUDGET = 7_000;

	private final ObservationViews observations;

	private final TerritoryMaps maps;

	GroundTruthController(WorkspacePages workspaces, GroundTruth groundTruth, PatrolDesk patrols,
			ObservationViews observations, TerritoryMaps maps) {
		this.workspaces = workspaces;
		this.groundTruth = groundTruth;
		this.patrols = patrols;
		this.observations = observations;
		this.maps = maps;
	}

	@GetMapping("/{lang}/c/{collective}/territory/tasks")
	String tasks(Page page, @InCollective Membership membership, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		return list(page, membership, null, null, List.of(), csrf, model, response);
	}

	@PostMapping("/{lang}/c/{collective}/territory/tasks/import")
	String importAlerts(Page page, @InCollective Membership membership, @RequestParam("file") MultipartFile file,
			CsrfToken csrf, Model model, HttpServletResponse response) throws IOException {
		try (InputStream content = file.getInputStream()) {
			GroundTruth.Imported imported = this.groundTruth.importAlerts(membership, content);
			return list(page, membership, imported, null, List.of(), csrf, model, response);
		}
		catch (AlertFileRefused refused) {
			response.setStatus(refused.status());
			return list(page, membership, null, refused.messageKey(), refused.args(), csrf, model, response);
		}
		catch (Invalid refused) {
			response.setStatus(422);
			return list(page, membership, null, refused.messageKey(), List.of(), csrf, model, response);
		}
	}

	@GetMapping("/{lang}/c/{collective}/territory/tasks/{task}")
	String task(Page page, @InCollective Membership membership, @PathVariable UUID task, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		return task(page, membership, task, null, csrf, model, response);
	}

	@PostMapping("/{lang}/c/{collective}/territory/tasks/{task}/result")
	String result(Page page, @InCollective Membership membership, @PathVariable UUID task,
			@RequestParam(defaultValue = "") String result, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "") String patrol,
			@RequestParam(name = "file", required = false) List<MultipartFile> files, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		try {
			UUID observation = this.groundTruth.record(membership, task, result, text, patrol,
					ObservationsController.attachments(files));
			return "redirect:" + page.href("/c/" + membership.collective() + "/territory/observations/" + observation);
		}
		catch (Invalid refused) {
			response.setStatus(422);
			return task(page, membership, task, refused.messageKey(), csrf, model, response);
		}
		catch (EvidenceRefused refused) {
			response.setStatus(refused.status());
			return task(page, membership, task, refused.messageKey(), csrf, model, response);
		}
	}

	private String list(Page page, Membership membership, GroundTruth.@Nullable Imported imported,
			@Nullable String problem, List<String> problemArgs, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		List<TaskView> tasks = this.groundTruth.of(membership);
		List<MapFeature> open = new ArrayList<>();
		tasks.stream()
			.filter((task) -> task.status() == TaskStatus.OPEN)
			.forEach((task) -> open
				.addAll(MapFeatures.task(task, PatrolsController.href(page, membership, "tasks/", task.id()))));
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("tasks", tasks)
			.addAttribute("map", this.maps.draw(page, membership, page.t("territory.tasks.title"), MAP_BUDGET, open))
			.addAttribute("imported", imported)
			.addAttribute("refusal", problem)
			.addAttribute("refusalArgs", problemArgs);
		return "territory/tasks";
	}

	private String task(Page page, Membership membership, UUID task, @Nullable String problem, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		TaskView shown = this.groundTruth.one(membership, task);
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("task", shown)
			.addAttribute("map",
					this.maps.draw(page, membership,
							page.t("territory.tasks.one", page.t(shown.family().messageKey()),
									shown.first().toString()),
							MAP_BUDGET, MapFeatures.task(shown, null)))
			.addAttribute("checks", this.observations.ofTask(membership, task))
			.addAttribute("patrols", this.patrols.of(membership))
			.addAttribute("problem", problem);
		return "territory/task";
	}

}
