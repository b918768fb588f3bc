package org.tejido.territory.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import org.tejido.collectives.Membership;
import org.tejido.site.Page;
import org.tejido.territory.internal.Territory;
import org.tejido.territory.maps.MapFeature;
import org.tejido.territory.maps.MapKind;
import org.tejido.territory.maps.MapLegend;
import org.tejido.territory.maps.SvgMap;
import org.tejido.territory.maps.TerritoryMap;

/**
 * Draws the map of a territory page: the collective's boundary under the page's own
 * features, for the viewer's role, within the weight the page leaves it.
 */
@Component
class TerritoryMaps {

	/** Most labelled features a legend lists by name; longer lists are the page's own. */
	static final int LEGEND_ENTRIES = 40;

	private final Territory territory;

	TerritoryMaps(Territory territory) {
		this.territory = territory;
	}

	/**
	 * A map of the features over the boundary, with a legend of the kinds drawn; nothing
	 * when there is neither.
	 */
	MapView draw(Page page, Membership membership, String title, int budget, Collection<MapFeature> features) {
		return draw(page, membership, title, budget, features, false);
	}

	/**
	 * As {@link #draw}, the legend also naming each labelled feature with its link when
	 * there are few enough.
	 */
	MapView draw(Page page, Membership membership, String title, int budget, Collection<MapFeature> features,
			boolean named) {
		List<MapFeature> all = new ArrayList<>(MapFeatures.boundary(this.territory.boundary(membership.collective())));
		all.addAll(features);
		SvgMap map = TerritoryMap.titled(page.t("territory.map.of", title))
			.budget(budget)
			.with(all)
			.drawFor(membership.role());
		if (map.isEmpty()) {
			return MapView.NOTHING;
		}
		boolean listed = named && map.entries().size() <= LEGEND_ENTRIES;
		SvgMap legendOf = listed ? map : new SvgMap(map.svg(), List.of(), map.kinds());
		return new MapView(map.svg(), MapLegend.html(legendOf, (MapKind kind) -> page.t(kind.messageKey())));
	}

}
