package org.tejido.network.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

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
import org.tejido.network.graph.Drawings;
import org.tejido.network.internal.NetworkDesk;
import org.tejido.network.internal.RiskFindings;
import org.tejido.risk.RiskRegister;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * The protection-network indicators, their trend, and a flagged one made a vulnerability
 * of a risk assessment in one action.
 */
@Controller
class IndicatorsController {

	/** The series of the trend drawing, by indicator code. */
	static final List<String> TREND = List.of("concentration", "fragility", "density", "isolated", "reach.local",
			"reach.national", "reach.international");

	private final WorkspacePages workspaces;

	private final NetworkDesk desk;

	private final RiskFindings findings;

	IndicatorsController(WorkspacePages workspaces, NetworkDesk desk, RiskFindings findings) {
		this.workspaces = workspaces;
		this.desk = desk;
		this.findings = findings;
	}

	@GetMapping("/{lang}/c/{collective}/network/indicators")
	String indicators(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		List<IndicatorTexts> indicators = this.desk.indicators(membership)
			.stream()
			.map((indicator) -> IndicatorTexts.of(page, indicator))
			.toList();
		var snapshots = this.desk.trend(membership, 30);
		Map<String, double[]> series = new LinkedHashMap<>();
		for (String code : TREND) {
			series.put(
					page.t("network.indicator." + code.replaceFirst("\\..*", ""), "",
							code.contains(".") ? page.t("network.level." + code.substring(code.indexOf('.') + 1)) : ""),
					snapshots.stream().mapToDouble((snapshot) -> snapshot.value(code)).toArray());
		}
		String trend = Drawings.trend(series, snapshots.stream().map((s) -> s.day().toString()).toList(), "trend",
				page.t("network.trend"), page.t("network.trend.desc", snapshots.size()));
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("indicators", indicators)
			.addAttribute("trend", trend)
			.addAttribute("assessments", this.findings.assessments(membership))
			.addAttribute("risk", this.findings.available() && membership.isCoordinator());
		return "network/indicators";
	}

	@PostMapping("/{lang}/c/{collective}/network/indicators/risk")
	String toRisk(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(defaultValue = "") String indicator, @RequestParam(defaultValue = "new") String assessment) {
		UUID chosen = null;
		if (!assessment.equals("new")) {
			try {
				chosen = UUID.fromString(assessment);
			}
			catch (IllegalArgumentException ex) {
				throw new NotFound();
			}
		}
		String source = page.t("network.finding.source", LocalDate.now(ZoneOffset.UTC).toString());
		UUID added = this.findings.add(membership, indicator, chosen, (found) -> {
			IndicatorTexts texts = IndicatorTexts.of(page, found);
			return new RiskRegister.Finding(source, texts.name() + ": " + texts.explanation(), texts.suggestion());
		});
		return "redirect:" + page.href("/c/" + membership.collective() + "/risk/" + added);
	}

}
