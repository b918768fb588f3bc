package org.tejido.library.catalogue;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * The story of a community practice. Who and where are present only when the community
 * chose to be named.
 */
@Embeddable
public class Story {

	@Column(table = "resource_story", name = "threat")
	private @Nullable String threat;

	@Column(table = "resource_story", name = "actions")
	private @Nullable String actions;

	@Column(table = "resource_story", name = "helped")
	private @Nullable String helped;

	@Column(table = "resource_story", name = "differently")
	private @Nullable String differently;

	@Column(table = "resource_story", name = "community")
	private @Nullable String community;

	@Column(table = "resource_story", name = "place")
	private @Nullable String place;

	protected Story() {
	}

	public Story(@Nullable String threat, @Nullable String actions, @Nullable String helped,
			@Nullable String differently, @Nullable String community, @Nullable String place) {
		this.threat = threat;
		this.actions = actions;
		this.helped = helped;
		this.differently = differently;
		this.community = community;
		this.place = place;
	}

	public @Nullable String threat() {
		return this.threat;
	}

	public @Nullable String actions() {
		return this.actions;
	}

	public @Nullable String helped() {
		return this.helped;
	}

	public @Nullable String differently() {
		return this.differently;
	}

	public @Nullable String community() {
		return this.community;
	}

	public @Nullable String place() {
		return this.place;
	}

	public boolean isEmpty() {
		return text().isBlank() && this.community == null && this.place == null;
	}

	String text() {
		return Stream.of(this.threat, this.actions, this.helped, this.differently)
			.filter(Objects::nonNull)
			.collect(Collectors.joining("\n"));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Story that && Objects.equals(this.threat, that.threat)
				&& Objects.equals(this.actions, that.actions) && Objects.equals(this.helped, that.helped)
				&& Objects.equals(this.differently, that.differently) && Objects.equals(this.community, that.community)
				&& Objects.equals(this.place, that.place);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.threat, this.actions, this.helped, this.differently, this.community, this.place);
	}

}
