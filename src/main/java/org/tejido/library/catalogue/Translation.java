package org.tejido.library.catalogue;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A resource's title and summary in one interface language; either may be missing.
 */
@Embeddable
public class Translation {

	@Column(name = "title")
	private @Nullable String title;

	@Column(name = "summary")
	private @Nullable String summary;

	protected Translation() {
	}

	public Translation(@Nullable String title, @Nullable String summary) {
		this.title = title;
		this.summary = summary;
	}

	public @Nullable String title() {
		return this.title;
	}

	public @Nullable String summary() {
		return this.summary;
	}

	boolean isEmpty() {
		return this.title == null && this.summary == null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Translation that && Objects.equals(this.title, that.title)
				&& Objects.equals(this.summary, that.summary);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.title, this.summary);
	}

}
