package org.tejido.territory.geo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a reader has found so far, and the budget it reads under: the feature and vertex
 * counts are checked as each one is met, so a file over a limit is refused before the
 * rest of it is read.
 */
final class Collected {

	private final GeoLimits limits;

	private final List<GeoFeature> features = new ArrayList<>();

	private final List<GeoProblem> problems = new ArrayList<>();

	private final List<GeoProblem> notes = new ArrayList<>();

	private int count;

	private int vertices;

	private long allVertices;

	Collected(GeoLimits limits) {
		this.limits = limits;
	}

	/** A new feature begins: its vertices are counted afresh. */
	void begin() {
		this.vertices = 0;
	}

	void vertex() {
		this.vertices++;
		this.allVertices++;
		if (this.vertices > this.limits.maxVerticesPerGeometry()) {
			throw new GeoFileRefused(413, "territory.geo.too-many-vertices", this.count + 1,
					this.limits.maxVerticesPerGeometry());
		}
		if (this.allVertices > this.limits.maxVerticesTotal()) {
			throw new GeoFileRefused(413, "territory.geo.too-many-vertices-in-all", this.limits.maxVerticesTotal());
		}
	}

	/** The feature just read: kept if its geometry is sound, else a problem. */
	void feature(@Nullable String name, @Nullable String description, @Nullable Shape shape,
			Map<String, String> properties, List<Instant> times) {
		this.count++;
		if (this.count > this.limits.maxFeatures()) {
			throw new GeoFileRefused(413, "territory.geo.too-many-features", this.limits.maxFeatures());
		}
		String label = (name == null || name.isBlank()) ? null : name.strip();
		try {
			if (shape == null) {
				throw new FeatureProblem("territory.geo.no-geometry");
			}
			Shapes built = new Shapes();
			var geometry = built.build(shape);
			built.notes().forEach((note) -> this.notes.add(note.about(this.count, label)));
			this.features.add(new GeoFeature(label, blankToNull(description), geometry, properties, times));
		}
		catch (FeatureProblem problem) {
			this.problems.add(problem.about(this.count, label));
		}
	}

	/**
	 * A feature that could not even be described (an unknown geometry type, a bad
	 * number).
	 */
	void problem(@Nullable String name, FeatureProblem problem) {
		this.count++;
		if (this.count > this.limits.maxFeatures()) {
			throw new GeoFileRefused(413, "territory.geo.too-many-features", this.limits.maxFeatures());
		}
		this.problems.add(problem.about(this.count, (name == null || name.isBlank()) ? null : name.strip()));
	}

	GeoReading reading(GeoFormat format) {
		return new GeoReading(format, this.features, this.problems, this.notes);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
