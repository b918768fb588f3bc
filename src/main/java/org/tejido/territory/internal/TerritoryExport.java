package org.tejido.territory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.Membership;
import org.tejido.territory.geo.GeoFeature;

/**
 * The territory as someone may take it away: the areas, and the places their role may
 * see, each with its name, description, kind and sensitivity as properties, so that the
 * file reads back into a territory as the same areas and places. Every export is written
 * in the activity chain.
 */
@Service
public class TerritoryExport {

	private final Territory territory;

	private final CollectiveActivity activity;

	TerritoryExport(Territory territory, CollectiveActivity activity) {
		this.territory = territory;
		this.activity = activity;
	}

	/**
	 * What the person may see of the territory, as features; an export of it is logged.
	 */
	@Transactional
	public List<GeoFeature> exported(Membership membership) {
		List<GeoFeature> features = features(membership);
		this.activity.record(membership.collective(), membership.member(), "territory.exported",
				membership.collective());
		return features;
	}

	/**
	 * What the person may see of the territory, as features that import back: areas with
	 * {@code kind=area}, places with their kind, sensitivity and description.
	 */
	@Transactional(readOnly = true)
	public List<GeoFeature> features(Membership membership) {
		List<GeoFeature> features = new ArrayList<>();
		for (AreaShape area : this.territory.areas(membership.collective())) {
			features.add(new GeoFeature(area.name(), null, area.geometry(), Map.of("kind", ImportedFeature.AREA),
					List.of()));
		}
		for (PlaceShape place : this.territory.places(membership)) {
			features.add(new GeoFeature(place.name(), place.description().isEmpty() ? null : place.description(),
					place.geometry(), Map.of("kind", place.kind().code(), "sensitivity",
							place.sensitivity().name().toLowerCase(Locale.ROOT)),
					List.of()));
		}
		return features;
	}

}
