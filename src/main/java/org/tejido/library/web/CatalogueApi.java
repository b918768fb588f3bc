package org.tejido.library.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import org.tejido.library.LibrarySettings;
import org.tejido.library.catalogue.BundleFiles;
import org.tejido.library.catalogue.CatalogueExport;
import org.tejido.library.catalogue.CatalogueFormats;
import org.tejido.library.catalogue.CatalogueImport;
import org.tejido.library.catalogue.CatalogueRow;
import org.tejido.library.catalogue.ImportReport;
import org.tejido.library.catalogue.Problem;
import org.tejido.library.catalogue.RowCheck;
import org.tejido.library.catalogue.RowSource;
import org.tejido.library.catalogue.UnreadableCatalogue;
import org.tejido.library.files.FileTooLarge;
import org.tejido.site.Lang;
import org.tejido.site.NotFound;
import org.tejido.site.Refused;
import org.tejido.site.Texts;

/**
 * The whole catalogue as CSV or JSON, for anyone; and imports of a partner's catalogue
 * (CSV, JSON, or a ZIP bundle with the attached files) for whoever holds the import
 * token.
 */
@RestController
class CatalogueApi {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final CatalogueExport export;

	private final CatalogueImport importer;

	private final CatalogueFormats formats;

	private final LibrarySettings settings;

	private final Texts texts;

	CatalogueApi(CatalogueExport export, CatalogueImport importer, CatalogueFormats formats, LibrarySettings settings,
			Texts texts) {
		this.export = export;
		this.importer = importer;
		this.formats = formats;
		this.settings = settings;
		this.texts = texts;
	}

	@GetMapping("/api/v1/catalogue.csv")
	ResponseEntity<String> csv() throws IOException {
		StringWriter out = new StringWriter();
		this.formats.writeCsv(this.export.rows(), out);
		return download(out.toString(), CSV, "tejido-catalogue.csv");
	}

	@GetMapping("/api/v1/catalogue.json")
	ResponseEntity<String> json() {
		StringWriter out = new StringWriter();
		this.formats.writeJson(this.export.rows(), out);
		return download(out.toString(), MediaType.APPLICATION_JSON, "tejido-catalogue.json");
	}

	@PostMapping("/api/v1/catalogue/import")
	ResponseEntity<Map<String, Object>> importCatalogue(HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestParam(name = "dry-run", defaultValue = "false") boolean dryRun,
			@RequestParam(required = false) @Nullable String lang) throws IOException {
		requireImportToken(authorization);
		Lang reader = Lang.fromCode(String.valueOf(lang)).orElse(Lang.FALLBACK);
		MediaType type = mediaTypeOf(request);
		try {
			ImportReport report = importFrom(request, type, dryRun);
			HttpStatus status = (report.rejected().isEmpty() || !report.wroteNothing() || report.unchanged() > 0)
					? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
			return ResponseEntity.status(status).body(reportJson(report, reader));
		}
		catch (FileTooLarge ex) {
			throw new Refused(HttpStatus.CONTENT_TOO_LARGE, "import.too-large", ex.maxBytes() / (1024 * 1024));
		}
		catch (UnreadableCatalogue ex) {
			HttpStatus status = ex.messageKey().startsWith("import.unreadable") ? HttpStatus.BAD_REQUEST
					: HttpStatus.UNPROCESSABLE_CONTENT;
			throw new Refused(status, ex.messageKey(), ex.args().toArray());
		}
	}

	private ImportReport importFrom(HttpServletRequest request, MediaType type, boolean dryRun) throws IOException {
		if (type.isCompatibleWith(MediaType.parseMediaType("application/zip"))) {
			return importBundle(request.getInputStream(), dryRun);
		}
		Path body = Spool.of(request.getInputStream(), this.settings.maxFileSize().toBytes());
		try {
			RowSource rows = type.isCompatibleWith(MediaType.APPLICATION_JSON) ? this.formats.jsonFile(body)
					: this.formats.csvFile(body);
			return this.importer.run(rows, BundleFiles.NONE, dryRun);
		}
		finally {
			Files.deleteIfExists(body);
		}
	}

	private ImportReport importBundle(InputStream body, boolean dryRun) throws IOException {
		try (ImportBundle bundle = ImportBundle.unpack(body, this.settings.maxFileSize().toBytes())) {
			return this.importer.run(bundle.rows(this.formats), bundle, dryRun);
		}
	}

	private void requireImportToken(@Nullable String authorization) {
		String token = this.settings.importToken();
		if (token == null || token.isBlank()) {
			throw new NotFound();
		}
		String given = (authorization != null && authorization.startsWith("Bearer ")) ? authorization.substring(7) : "";
		if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
		}
	}

	private static MediaType mediaTypeOf(HttpServletRequest request) {
		String header = request.getContentType();
		MediaType type;
		try {
			type = (header != null) ? MediaType.parseMediaType(header) : null;
		}
		catch (IllegalArgumentException ex) {
			type = null;
		}
		if (type == null || !(type.isCompatibleWith(MediaType.parseMediaType("text/csv"))
				|| type.isCompatibleWith(MediaType.APPLICATION_JSON)
				|| type.isCompatibleWith(MediaType.parseMediaType("application/zip")))) {
			throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		}
		return type;
	}

	private Map<String, Object> reportJson(ImportReport report, Lang lang) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("dryRun", report.dryRun());
		json.put("created", report.created().size());
		json.put("updated", report.updated().size());
		json.put("unchanged", report.unchanged());
		json.put("rejected", report.rejected().stream().map((check) -> rejectedJson(check, lang)).toList());
		return json;
	}

	private Map<String, Object> rejectedJson(RowCheck check, Lang lang) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("row", check.row().number());
		json.put("title", check.title());
		json.put("reasons", check.problems().stream().map((problem) -> reason(problem, lang)).toList());
		return json;
	}

	private String reason(Problem problem, Lang lang) {
		return problem.column() + ": " + this.texts.get(lang, problem.messageKey(), problem.args().toArray());
	}

	private static ResponseEntity<String> download(String body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.body(body);
	}

}
