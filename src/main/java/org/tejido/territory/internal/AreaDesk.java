package org.tejido.territory.internal;

import java.time.Instant;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.Membership;
import org.tejido.site.NotFound;

/**
 * Coordinators add and remove the areas of their collective's territory: named polygons
 * or multipolygons.
 */
@Service
public class AreaDesk {

	static final int MAX_NAME = 120;

	private final Areas areas;

	private final CollectiveKeys keys;

	private final CollectiveActivity activity;

	AreaDesk(Areas areas, CollectiveKeys keys, CollectiveActivity activity) {
		this.areas = areas;
		this.keys = keys;
		this.activity = activity;
	}

	/**
	 * @throws Invalid if the name is empty or too long, or the geometry is not a valid
	 * polygon or multipolygon
	 */
	@Transactional
	public UUID add(Membership coordinator, String name, Geometry geometry) {
		String stripped = name.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
			throw new Invalid("territory.area.name-needed", MAX_NAME);
		}
		if (!(geometry instanceof Polygonal)) {
			throw new Invalid("territory.area.not-an-area");
		}
		Area area = new Area(coordinator.collective(), stripped, GeometryCheck.valid(geometry),
				this.keys.sealed(coordinator.collective()), Instant.now());
		this.areas.save(area);
		this.activity.record(coordinator.collective(), coordinator.member(), "territory.area-added", area.id());
		return area.id();
	}

	@Transactional
	public void remove(Membership coordinator, UUID id) {
		Area area = this.areas.findByCollectiveIdAndId(coordinator.collective(), id).orElseThrow(NotFound::new);
		this.areas.delete(area);
		this.activity.record(coordinator.collective(), coordinator.member(), "territory.area-removed", id);
	}

}
