package org.tejido.territory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.site.Page;
import org.tejido.territory.PlaceSensitivity;
import org.tejido.territory.geo.GeoFileRefused;
import org.tejido.territory.geo.GeoFiles;
import org.tejido.territory.geo.GeoFormat;
import org.tejido.territory.internal.FileReport;
import org.tejido.territory.internal.ImportChoice;
import org.tejido.territory.internal.Invalid;
import org.tejido.territory.internal.PlaceKind;
import org.tejido.territory.internal.TerritoryExport;
import org.tejido.territory.internal.TerritoryImport;

/**
 * The territory in and out of files: coordinators import a GeoJSON, KML, KMZ or GPX file
 * (a dry run first, then all or nothing); everyone in the collective exports what they
 * may see as GeoJSON, KML or GPX.
 */
@Controller
class TerritoryFilesController {

	private final WorkspacePages workspaces;

	private final TerritoryImport imports;

	private final TerritoryExport exports;

	TerritoryFilesController(WorkspacePages workspaces, TerritoryImport imports, TerritoryExport exports) {
		this.workspaces = workspaces;
		this.imports = imports;
		this.exports = exports;
	}

	/** The import form as filled in. */
	record ImportForm(String polygons, String kind, String sensitivity, boolean dryRun) {

		static final ImportForm FIRST = new ImportForm("areas", PlaceKind.OTHER.code(), "members", true);

		ImportChoice choice() {
			PlaceSensitivity chosen = Arrays.stream(PlaceSensitivity.values())
				.filter((each) -> each.name().toLowerCase(Locale.ROOT).equals(this.sensitivity))
				.findFirst()
				.orElseThrow(() -> new Invalid("territory.files.sensitivity-unknown"));
			return new ImportChoice(!"places".equals(this.polygons), PlaceKind.fromCode(this.kind), chosen);
		}

	}

	@GetMapping("/{lang}/c/{collective}/territory/import")
	String form(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		return page(page, membership, ImportForm.FIRST, null, null, csrf, model, response);
	}

	@PostMapping("/{lang}/c/{collective}/territory/import")
	String importFile(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "areas") String polygons, @RequestParam(defaultValue = "other") String kind,
			@RequestParam(defaultValue = "members") String sensitivity,
			@RequestParam(name = "dry_run", defaultValue = "") String dryRun, CsrfToken csrf, Model model,
			HttpServletResponse response) throws IOException {
		ImportForm form = new ImportForm(polygons, kind, sensitivity, "on".equals(dryRun));
		if (file == null || file.isEmpty()) {
			response.setStatus(422);
			return page(page, membership, form, null, page.t("territory.files.choose-a-file"), csrf, model, response);
		}
		try (InputStream content = file.getInputStream()) {
			FileReport report = this.imports.run(membership, GeoFiles.read(file.getOriginalFilename(), content),
					form.choice(), form.dryRun());
			if (report.refused()) {
				response.setStatus(422);
			}
			return page(page, membership, form, report, null, csrf, model, response);
		}
		catch (GeoFileRefused refused) {
			response.setStatus(refused.status());
			return page(page, membership, form, null, page.t(refused.key(), refused.arguments().toArray()), csrf, model,
					response);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			return page(page, membership, form, null, page.t(invalid.messageKey(), invalid.args()), csrf, model,
					response);
		}
	}

	@GetMapping("/{lang}/c/{collective}/territory/export.geojson")
	ResponseEntity<byte[]> geojson(@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
			CollectiveRole.ALLY }) Membership membership) {
		return export(membership, GeoFormat.GEOJSON);
	}

	@GetMapping("/{lang}/c/{collective}/territory/export.kml")
	ResponseEntity<byte[]> kml(@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
			CollectiveRole.ALLY }) Membership membership) {
		return export(membership, GeoFormat.KML);
	}

	@GetMapping("/{lang}/c/{collective}/territory/export.gpx")
	ResponseEntity<byte[]> gpx(@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
			CollectiveRole.ALLY }) Membership membership) {
		return export(membership, GeoFormat.GPX);
	}

	private ResponseEntity<byte[]> export(Membership membership, GeoFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		GeoFiles.write(format, this.exports.exported(membership), out);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"territory." + format.extension() + "\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(out.toByteArray());
	}

	private String page(Page page, Membership membership, ImportForm form, @Nullable FileReport report,
			@Nullable String refusal, CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("polygons", form.polygons())
			.addAttribute("kind", form.kind())
			.addAttribute("sensitivity", form.sensitivity())
			.addAttribute("dryRun", form.dryRun())
			.addAttribute("kinds", PlaceKind.codes())
			.addAttribute("report", report)
			.addAttribute("refusal", refusal);
		return "territory/files-import";
	}

}
