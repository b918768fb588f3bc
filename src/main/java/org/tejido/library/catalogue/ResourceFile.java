package org.tejido.library.catalogue;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.tejido.library.files.StoredFile;

/**
 * A file attached to a resource. The bytes live in the file store under their SHA-256;
 * the media type was sniffed from the content when the file was stored.
 */
@Entity
@Table(name = "resource_file")
public class ResourceFile {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "resource_id")
	private Resource resource;

	private int position;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "media_type")
	private String mediaType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private String sha256;

	@Column(name = "extracted_text")
	private @Nullable String extractedText;

	@Column(name = "stored_at")
	private Instant storedAt;

	@SuppressWarnings("NullAway.Init")
	protected ResourceFile() {
	}

	ResourceFile(Resource resource, int position, StoredFile stored) {
		this.id = UUID.randomUUID();
		this.resource = resource;
		this.position = position;
		this.fileName = stored.fileName();
		this.mediaType = stored.mediaType();
		this.sizeBytes = stored.sizeBytes();
		this.sha256 = stored.sha256();
		this.extractedText = stored.extractedText();
		this.storedAt = stored.storedAt();
	}

	public UUID id() {
		return this.id;
	}

	public Resource resource() {
		return this.resource;
	}

	public String fileName() {
		return this.fileName;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public long sizeBytes() {
		return this.sizeBytes;
	}

	public String sha256() {
		return this.sha256;
	}

	public @Nullable String extractedText() {
		return this.extractedText;
	}

	public Instant storedAt() {
		return this.storedAt;
	}

}
