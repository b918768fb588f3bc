package org.tejido.library.sms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.library.catalogue.ResourceFile;
import org.tejido.library.catalogue.Resources;
import org.tejido.library.files.FileStore;
import org.tejido.messaging.AttachmentSource;

/**
 * Opens library files for the e-mails of the library by SMS, by references
 * {@code library-file:<id>}.
 */
@Component
class LibraryAttachments implements AttachmentSource {

	private static final String PREFIX = "library-file:";

	private final Resources resources;

	private final FileStore files;

	LibraryAttachments(Resources resources, FileStore files) {
		this.resources = resources;
		this.files = files;
	}

	static String reference(ResourceFile file) {
		return PREFIX + file.id();
	}

	/** The address a file is downloaded from, on this site. */
	static String downloadPath(ResourceFile file) {
		return "/files/" + file.id() + "/"
				+ URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Attached> open(String reference) {
		if (!reference.startsWith(PREFIX)) {
			return Optional.empty();
		}
		UUID id;
		try {
			id = UUID.fromString(reference.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return this.resources.findFile(id).flatMap(this::read);
	}

	private Optional<Attached> read(ResourceFile file) {
		java.nio.file.Path path = this.files.pathOf(file.sha256());
		if (!Files.isRegularFile(path)) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Attached(file.fileName(), file.mediaType(), Files.readAllBytes(path)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
