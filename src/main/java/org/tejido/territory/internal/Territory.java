package org.tejido.territory.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.Membership;
import org.tejido.collectives.Sealed;

/**
 * A collective's territory, opened, for the rest of the territory module (maps, satellite
 * alerts, observations): its areas, its boundary and its places as JTS geometries. A
 * collective's territory is small, so everything spatial is done in memory.
 */
@Service
public class Territory {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private final Areas areas;

	private final Places places;

	private final CollectiveKeys keys;

	Territory(Areas areas, Places places, CollectiveKeys keys) {
		this.areas = areas;
		this.places = places;
		this.keys = keys;
	}

	/** The areas, oldest first. */
	@Transactional(readOnly = true)
	public List<AreaShape> areas(UUID collective) {
		Sealed sealing = this.keys.sealed(collective);
		return this.areas.findByCollectiveIdOrderByCreatedAt(collective)
			.stream()
			.map((area) -> area.opened(sealing))
			.toList();
	}

	/** The union of the collective's areas; an empty geometry if it has none. */
	@Transactional(readOnly = true)
	public Geometry boundary(UUID collective) {
		List<Geometry> all = areas(collective).stream().map(AreaShape::geometry).toList();
		Geometry union = UnaryUnionOp.union(all, FACTORY);
		return (union != null) ? union : FACTORY.createGeometryCollection();
	}

	/**
	 * Every place of the collective, whatever its sensitivity: for the machinery only.
	 */
	@Transactional(readOnly = true)
	public List<PlaceShape> allPlaces(UUID collective) {
		Sealed sealing = this.keys.sealed(collective);
		return this.places.findByCollectiveId(collective)
			.stream()
			.map((place) -> place.opened(sealing))
			.sorted(Comparator.comparing(PlaceShape::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The places this person's role may see, by name. */
	@Transactional(readOnly = true)
	public List<PlaceShape> places(Membership membership) {
		return allPlaces(membership.collective()).stream()
			.filter((place) -> place.sensitivity().visibleTo(membership.role()))
			.toList();
	}

	/** One place, if it is of the membership's collective and their role may see it. */
	@Transactional(readOnly = true)
	public Optional<PlaceShape> place(Membership membership, UUID id) {
		return this.places.findByCollectiveIdAndId(membership.collective(), id)
			.filter((place) -> place.sensitivity().visibleTo(membership.role()))
			.map((place) -> place.opened(this.keys.sealed(membership.collective())));
	}

}
