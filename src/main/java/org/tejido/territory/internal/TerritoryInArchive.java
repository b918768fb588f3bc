package org.tejido.territory.internal;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import org.tejido.collectives.CollectiveExportPart;
import org.tejido.collectives.Membership;
import org.tejido.territory.geo.GeoFeature;
import org.tejido.territory.geo.GeoFiles;
import org.tejido.territory.geo.GeoFormat;

/**
 * The territory in the collective's export: its areas and every place as GeoJSON (the
 * territory export, which QGIS, Google Earth and phones open and Tejido imports back),
 * and its patrols, observations and ground-truthing tasks as JSON.
 */
@Component
class TerritoryInArchive implements CollectiveExportPart {

	private final TerritoryExport export;

	private final PatrolDesk patrols;

	private final ObservationViews observations;

	private final GroundTruth groundTruth;

	private final JsonMapper json;

	TerritoryInArchive(TerritoryExport export, PatrolDesk patrols, ObservationViews observations,
			GroundTruth groundTruth, JsonMapper json) {
		this.export = export;
		this.patrols = patrols;
		this.observations = observations;
		this.groundTruth = groundTruth;
		this.json = json;
	}

	@Override
	public List<ExportFile> files(Membership coordinator) {
		return List.of(new ExportFile("territory/territory.geojson", geoJson(coordinator)),
				new ExportFile("territory/patrols.json", patrols(coordinator)),
				new ExportFile("territory/observations.json", observations(coordinator)),
				new ExportFile("territory/tasks.json", tasks(coordinator)));
	}

	private byte[] geoJson(Membership coordinator) {
		List<GeoFeature> features = this.export.features(coordinator);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		GeoFiles.write(GeoFormat.GEOJSON, features, out);
		return out.toByteArray();
	}

	private byte[] patrols(Membership coordinator) {
		return this.json.writeValueAsBytes(this.patrols.of(coordinator).stream().map((patrol) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", patrol.id());
			row.put("name", patrol.name());
			row.put("walkedOn", patrol.walkedOn().toString());
			row.put("team", patrol.team());
			row.put("notes", patrol.notes());
			row.put("route", (patrol.route() == null) ? null : patrol.route().toText());
			row.put("kilometres", patrol.kilometres());
			return row;
		}).toList());
	}

	private byte[] observations(Membership coordinator) {
		return this.json.writeValueAsBytes(this.observations.of(coordinator).stream().map((observation) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", observation.id());
			row.put("code", observation.code());
			row.put("category", observation.category());
			row.put("source", observation.source());
			row.put("observedAt", observation.observedAt().toString());
			row.put("place", (observation.place() == null) ? null : observation.place().name());
			row.put("latitude", observation.latitude());
			row.put("longitude", observation.longitude());
			row.put("text", observation.text());
			row.put("reporter", observation.reporter());
			row.put("patrol", observation.patrol());
			row.put("task", observation.task());
			row.put("alert", observation.alert());
			row.put("evidence", observation.evidence());
			return row;
		}).toList());
	}

	private byte[] tasks(Membership coordinator) {
		return this.json.writeValueAsBytes(this.groundTruth.of(coordinator).stream().map((task) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", task.id());
			row.put("family", task.family().name().toLowerCase(Locale.ROOT));
			row.put("sources", task.sources());
			row.put("alerts", task.count());
			row.put("first", task.first().toString());
			row.put("last", task.last().toString());
			row.put("confidence", task.confidence());
			row.put("totalFrp", task.totalFrp());
			row.put("latitude", task.latitude());
			row.put("longitude", task.longitude());
			row.put("outline", task.outline().toText());
			row.put("status", task.status().code());
			row.put("observation", task.observation());
			return row;
		}).toList());
	}

}
