package org.tejido.territory.web;

import java.io.BufferedInputStream;
import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.site.Page;
import org.tejido.territory.geo.GeoFileRefused;
import org.tejido.territory.geo.GeoFiles;
import org.tejido.territory.internal.FieldImport;
import org.tejido.territory.internal.GeoUpload;
import org.tejido.territory.internal.Invalid;
import org.tejido.territory.internal.PatrolDesk;

/**
 * A field team's batch of observations, from a data-collection app's CSV export or a GPS
 * file's points (told apart by content): a dry run first, then the whole batch or
 * nothing.
 */
@Controller
class FieldImportController {

	private final WorkspacePages workspaces;

	private final FieldImport imports;

	private final PatrolDesk patrols;

	FieldImportController(WorkspacePages workspaces, FieldImport imports, PatrolDesk patrols) {
		this.workspaces = workspaces;
		this.imports = imports;
		this.patrols = patrols;
	}

	@GetMapping("/{lang}/c/{collective}/territory/observations/import")
	String form(Page page, @InCollective Membership membership, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		return page(page, membership, null, null, csrf, model, response);
	}

	@PostMapping("/{lang}/c/{collective}/territory/observations/import")
	String importBatch(Page page, @InCollective Membership membership, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "") String patrol,
			@RequestParam(name = "dry_run", defaultValue = "") String dryRun, CsrfToken csrf, Model model,
			HttpServletResponse response) throws IOException {
		if (file.getSize() > FieldImport.MAX_BYTES) {
			response.setStatus(413);
			return page(page, membership, null, "territory.import.too-large", csrf, model, response);
		}
		try (BufferedInputStream content = new BufferedInputStream(file.getInputStream())) {
			FieldImport.Batch batch = GeoUpload.isGeographic(content)
					? this.imports.importGeo(membership, GeoFiles.read(file.getOriginalFilename(), content), patrol,
							"on".equals(dryRun))
					: this.imports.importCsv(membership, content, patrol, "on".equals(dryRun));
			if (batch.problems() > 0) {
				response.setStatus(422);
			}
			return page(page, membership, batch, null, csrf, model, response);
		}
		catch (Invalid refused) {
			response.setStatus(422);
			return page(page, membership, null, refused.messageKey(), csrf, model, response);
		}
		catch (GeoFileRefused refused) {
			response.setStatus(refused.status());
			model.addAttribute("refusal", page.t(refused.key(), refused.arguments().toArray()));
			return page(page, membership, null, null, csrf, model, response);
		}
	}

	private String page(Page page, Membership membership, FieldImport.@Nullable Batch batch, @Nullable String problem,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("batch", batch)
			.addAttribute("patrols", this.patrols.of(membership))
			.addAttribute("problem", problem);
		return "territory/observations-import";
	}

}
