package org.tejido.library.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.tejido.library.catalogue.ResourceFile;
import org.tejido.library.catalogue.Resources;
import org.tejido.library.files.FileStore;
import org.tejido.site.NotFound;

/**
 * Downloads of attached files. A file never changes under its address, so it is cached
 * for a year; its ETag is its SHA-256; {@code Range} requests let a broken download
 * resume.
 */
@Controller
class DownloadController {

	private final Resources resources;

	private final FileStore store;

	DownloadController(Resources resources, FileStore store) {
		this.resources = resources;
		this.store = store;
	}

	@GetMapping("/files/{id}/{name}")
	ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String name) {
		ResourceFile file = this.resources.findFile(uuidOrNotFound(id)).orElseThrow(NotFound::new);
		Path path = this.store.pathOf(file.sha256());
		if (!Files.isReadable(path)) {
			throw new NotFound();
		}
		return ResponseEntity.ok()
			.eTag(file.sha256())
			.lastModified(file.storedAt())
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.header(HttpHeaders.ACCEPT_RANGES, "bytes")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.body(new FileSystemResource(path));
	}

	/** The address a file is downloaded from. */
	static String pathOf(ResourceFile file) {
		return "/files/" + file.id() + "/"
				+ java.net.URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
	}

	static UUID uuidOrNotFound(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound();
		}
	}

}
