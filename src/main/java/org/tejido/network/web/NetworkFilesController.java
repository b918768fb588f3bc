package org.tejido.network.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.tejido.network.graph.ActorGraph;
import org.tejido.network.graph.GraphCsv;
import org.tejido.network.graph.GraphXml;
import org.tejido.network.graph.MapRefused;
import org.tejido.network.internal.Invalid;
import org.tejido.network.internal.MapImport;
import org.tejido.network.internal.MapImport.ImportReport;
import org.tejido.network.internal.NetworkDesk;
import org.tejido.network.internal.NetworkMap;
import org.tejido.network.internal.NetworkSettings;
import org.tejido.site.Page;
import org.tejido.site.Refused;

/**
 * The map in and out: an import (a zip of nodes.csv and edges.csv, a GraphML or a GEXF
 * file, up to {@code tejido.network.max-import-size}) with a dry run first, all or
 * nothing; exports as CSV (zipped), GraphML and GEXF, each written in the activity chain.
 */
@Controller
class NetworkFilesController {

	private final WorkspacePages workspaces;

	private final NetworkDesk desk;

	private final MapImport imports;

	private final NetworkSettings settings;

	NetworkFilesController(WorkspacePages workspaces, NetworkDesk desk, MapImport imports, NetworkSettings settings) {
		this.workspaces = workspaces;
		this.desk = desk;
		this.imports = imports;
		this.settings = settings;
	}

	@GetMapping("/{lang}/c/{collective}/network/import")
	String form(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		return page(page, membership, null, null, true, csrf, model, response);
	}

	@PostMapping("/{lang}/c/{collective}/network/import")
	String importFile(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "dry_run", defaultValue = "") String dryRun, CsrfToken csrf, Model model,
			HttpServletResponse response) throws IOException {
		boolean dry = "on".equals(dryRun);
		if (file == null || file.isEmpty()) {
			response.setStatus(422);
			return page(page, membership, null, page.t("network.import.choose"), dry, csrf, model, response);
		}
		long limit = this.settings.maxImportSize().toBytes();
		if (file.getSize() > limit) {
			throw new Refused(HttpStatus.CONTENT_TOO_LARGE, "network.refused.too-large-upload",
					this.settings.maxImportSize().toMegabytes());
		}
		try (InputStream content = file.getInputStream()) {
			ActorGraph read = read(content, limit);
			ImportReport report = this.imports.run(membership, read, dry);
			return page(page, membership, report, null, dry, csrf, model, response);
		}
		catch (MapRefused refused) {
			response.setStatus(422);
			return page(page, membership, null, page.t(refused.key(), refused.arguments()), dry, csrf, model, response);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			return page(page, membership, null, page.t(invalid.messageKey(), invalid.args()), dry, csrf, model,
					response);
		}
	}

	/** A zip (PK) of the two CSV files, or an XML file: GraphML or GEXF. */
	private static ActorGraph read(InputStream content, long limit) throws IOException {
		InputStream in = new java.io.BufferedInputStream(content);
		in.mark(4);
		byte[] start = in.readNBytes(2);
		in.reset();
		if (start.length == 2 && start[0] == 'P' && start[1] == 'K') {
			return GraphCsv.readZip(in, limit);
		}
		return GraphXml.read(in);
	}

	@GetMapping("/{lang}/c/{collective}/network/export.zip")
	ResponseEntity<byte[]> csv(@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
			CollectiveRole.ALLY }) Membership membership) throws IOException {
		NetworkMap map = this.desk.exported(membership, "csv");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("nodes.csv"));
			zip.write(GraphCsv.nodes(map.graph()));
			zip.putNextEntry(new ZipEntry("edges.csv"));
			zip.write(GraphCsv.edges(map.graph()));
		}
		return file(bytes.toByteArray(), "network.zip", "application/zip");
	}

	@GetMapping("/{lang}/c/{collective}/network/export.graphml")
	ResponseEntity<byte[]> graphMl(@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
			CollectiveRole.ALLY }) Membership membership) {
		return file(GraphXml.graphMl(this.desk.exported(membership, "graphml").graph()), "network.graphml",
				"application/graphml+xml");
	}

	@GetMapping("/{lang}/c/{collective}/network/export.gexf")
	ResponseEntity<byte[]> gexf(@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
			CollectiveRole.ALLY }) Membership membership) {
		return file(GraphXml.gexf(this.desk.exported(membership, "gexf").graph()), "network.gexf",
				"application/gexf+xml");
	}

	private static ResponseEntity<byte[]> file(byte[] content, String name, String type) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content);
	}

	private String page(Page page, Membership membership, @Nullable ImportReport report, @Nullable String problem,
			boolean dryRun, CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("report", report)
			.addAttribute("problem", problem)
			.addAttribute("dryRun", dryRun)
			.addAttribute("limit", this.settings.maxImportSize().toMegabytes());
		return "network/import";
	}

}
