package org.tejido.risk.capacities.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
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
import org.tejido.risk.capacities.Capacity;
import org.tejido.risk.capacities.ChangedMeanwhile;
import org.tejido.risk.capacities.CheckDesk;
import org.tejido.risk.capacities.CheckInput;
import org.tejido.risk.capacities.CheckView;
import org.tejido.risk.capacities.ChecksJson;
import org.tejido.risk.capacities.DateTaken;
import org.tejido.risk.capacities.Invalid;
import org.tejido.risk.capacities.Result;
import org.tejido.site.Page;
import org.tejido.site.Refused;

/**
 * The collective's capacity checks: the overview with its trend charts, a new check, one
 * check to read and change, and all of them as JSON. Coordinators and members only;
 * allies, like strangers, get a 404 on every route.
 */
@Controller
class CapacitiesController {

	private static final String BASE = "/{lang}/c/{collective}/capacities";

	private final WorkspacePages workspaces;

	private final CheckDesk desk;

	private final ChecksJson json;

	CapacitiesController(WorkspacePages workspaces, CheckDesk desk, ChecksJson json) {
		this.workspaces = workspaces;
		this.desk = desk;
		this.json = json;
	}

	@GetMapping(BASE)
	String overview(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		List<CheckView> all = this.desk.all(membership);
		List<CheckView> drawn = all.subList(Math.max(0, all.size() - Overview.SHOWN), all.size());
		List<CheckView> newestFirst = new ArrayList<>(drawn);
		Collections.reverse(newestFirst);
		Overview overview = drawn.isEmpty() ? new Overview(List.of(), null, null, 0, "", "")
				: new Overview(newestFirst, newestFirst.get(0), (newestFirst.size() > 1) ? newestFirst.get(1) : null,
						all.size(), TrendCharts.capacities(page, drawn), TrendCharts.results(page, drawn));
		this.workspaces.frame(model, page, membership, csrf, response).addAttribute("overview", overview);
		return "capacities/overview";
	}

	@GetMapping(BASE + "/new")
	String form(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		CheckDesk.mayRead(membership);
		return blank(page, membership, CheckForm.blank(LocalDate.now()), null, null, csrf, model, response);
	}

	@PostMapping(BASE)
	String take(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@RequestParam Map<String, String> fields, CsrfToken csrf, Model model, HttpServletResponse response) {
		CheckInput input = new CheckInput(fields);
		try {
			UUID check = this.desk.take(membership, input);
			return "redirect:" + page.href("/c/" + membership.collective() + "/capacities/" + check);
		}
		catch (DateTaken taken) {
			response.setStatus(422);
			return blank(page, membership, CheckForm.given(input), problem(page, taken), taken.existing(), csrf, model,
					response);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			return blank(page, membership, CheckForm.given(input), problem(page, invalid), null, csrf, model, response);
		}
		catch (DataIntegrityViolationException raced) {
			// another check of the same date was saved between the lookup and this one
			response.setStatus(422);
			return blank(page, membership, CheckForm.given(input),
					page.t("capacities.date-taken", input.field("takenOn")), null, csrf, model, response);
		}
	}

	@GetMapping(BASE + "/{check}")
	String check(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID check, CsrfToken csrf, Model model, HttpServletResponse response) {
		CheckView shown = this.desk.one(membership, check);
		return shown(page, membership, shown, CheckForm.of(shown), null, null, csrf, model, response);
	}

	@PostMapping(BASE + "/{check}")
	String change(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID check, @RequestParam(defaultValue = "-1") long version,
			@RequestParam Map<String, String> fields, CsrfToken csrf, Model model, HttpServletResponse response) {
		CheckView current = this.desk.one(membership, check);
		CheckInput input = new CheckInput(fields);
		try {
			this.desk.change(membership, check, version, input);
			return "redirect:" + page.href("/c/" + membership.collective() + "/capacities/" + check);
		}
		catch (DateTaken taken) {
			response.setStatus(422);
			return shown(page, membership, current, CheckForm.given(input), problem(page, taken), taken.existing(),
					csrf, model, response);
		}
		catch (ChangedMeanwhile | Invalid refused) {
			response.setStatus(refused.status().value());
			return shown(page, membership, current, CheckForm.given(input), problem(page, refused), null, csrf, model,
					response);
		}
	}

	@GetMapping(BASE + ".json")
	ResponseEntity<byte[]> json(@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
			CollectiveRole.ALLY }) Membership membership) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"capacities.json\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.json.of(this.desk.all(membership)));
	}

	private String blank(Page page, Membership membership, CheckForm form, @Nullable String problem,
			@Nullable UUID existing, CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("form", form)
			.addAttribute("problem", problem)
			.addAttribute("existing", existing)
			.addAttribute("latest", CheckDesk.lastDayBegun().toString());
		return "capacities/new";
	}

	private String shown(Page page, Membership membership, CheckView check, CheckForm form, @Nullable String problem,
			@Nullable UUID existing, CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("check", check)
			.addAttribute("form", form)
			.addAttribute("problem", problem)
			.addAttribute("existing", existing)
			.addAttribute("latest", CheckDesk.lastDayBegun().toString());
		return "capacities/check";
	}

	/** The refusal in the reader's language, capacities and results named in it. */
	private static String problem(Page page, Refused refused) {
		Object[] args = Arrays.stream(refused.args()).map((arg) -> {
			if (arg instanceof Capacity capacity) {
				return page.t("capacities.name." + capacity.code());
			}
			if (arg instanceof Result result) {
				return page.t("capacities.result." + result.code());
			}
			return arg;
		}).toArray();
		return page.t(refused.messageKey(), args);
	}

}
