package org.tejido.library.contributions;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.tejido.library.files.StoredFile;

/**
 * Something a reader sent in, as they wrote it, waiting for a curator's decision.
 */
@Entity
@Table(name = "contribution")
public class Contribution {

	/** What was sent in. */
	public enum Kind {

		/** A resource someone suggests for the library. */
		RESOURCE,

		/** A community's own story of what worked for them. */
		PRACTICE,

		/** What a collective says it needs. */
		NEED,

		/** An answer to a need: where help can be found. */
		ANSWER,

		/** A reader's comment on a resource. */
		COMMENT

	}

	/** Where it stands. */
	public enum Status {

		PENDING, PUBLISHED, REJECTED

	}

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "fields_json")
	private String fieldsJson;

	private String lang;

	@Column(name = "contact_email")
	private @Nullable String contactEmail;

	@Column(name = "file_name")
	private @Nullable String fileName;

	@Column(name = "file_media_type")
	private @Nullable String fileMediaType;

	@Column(name = "file_size")
	private @Nullable Long fileSize;

	@Column(name = "file_sha256")
	private @Nullable String fileSha256;

	@Column(name = "file_text")
	private @Nullable String fileText;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "resource_slug")
	private @Nullable String resourceSlug;

	@Column(name = "form_nonce")
	private String formNonce;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Contribution() {
	}

	Contribution(Kind kind, String fieldsJson, String lang, @Nullable String contactEmail, @Nullable StoredFile file,
			Instant now, String formNonce) {
		this.id = UUID.randomUUID();
		this.formNonce = formNonce;
		this.kind = kind;
		this.status = Status.PENDING;
		this.fieldsJson = fieldsJson;
		this.lang = lang;
		this.contactEmail = contactEmail;
		this.submittedAt = now;
		if (file != null) {
			this.fileName = file.fileName();
			this.fileMediaType = file.mediaType();
			this.fileSize = file.sizeBytes();
			this.fileSha256 = file.sha256();
			this.fileText = file.extractedText();
		}
	}

	void published(String fieldsJson, @Nullable String slug) {
		this.fieldsJson = fieldsJson;
		this.status = Status.PUBLISHED;
		this.resourceSlug = slug;
	}

	void rejected() {
		this.status = Status.REJECTED;
	}

	public UUID id() {
		return this.id;
	}

	public Kind kind() {
		return this.kind;
	}

	public Status status() {
		return this.status;
	}

	public String fieldsJson() {
		return this.fieldsJson;
	}

	public String lang() {
		return this.lang;
	}

	public @Nullable String contactEmail() {
		return this.contactEmail;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public @Nullable String resourceSlug() {
		return this.resourceSlug;
	}

	public @Nullable StoredFile file() {
		if (this.fileSha256 == null || this.fileName == null || this.fileMediaType == null || this.fileSize == null) {
			return null;
		}
		return new StoredFile(this.fileName, this.fileMediaType, this.fileSize, this.fileSha256, this.fileText,
				this.submittedAt);
	}

}
