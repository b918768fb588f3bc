package org.tejido.territory.internal;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.Membership;
import org.tejido.collectives.Sealed;
import org.tejido.site.NotFound;
import org.tejido.territory.satellite.AlertClustering;
import org.tejido.territory.satellite.AlertEvent;
import org.tejido.territory.satellite.AlertFamily;
import org.tejido.territory.satellite.AlertFile;
import org.tejido.territory.satellite.RowProblem;
import org.tejido.territory.satellite.SatelliteAlert;
import org.tejido.territory.satellite.SatelliteAlertReader;
import org.tejido.territory.satellite.TerritoryClip;

/**
 * Alerts from space turned into work on the ground: a file of deforestation or fire
 * alerts is read, only the alerts inside the territory are kept, nearby alerts of close
 * days become one event, and each new event becomes a task for a patrol, whose result is
 * recorded as an observation.
 */
@Service
public class GroundTruth {

	private final GroundTruthTasks tasks;

	private final Territory territory;

	private final CollectiveKeys keys;

	private final CollectiveActivity activity;

	private final FieldLog log;

	private final PatrolDesk patrols;

	GroundTruth(GroundTruthTasks tasks, Territory territory, CollectiveKeys keys, CollectiveActivity activity,
			FieldLog log, PatrolDesk patrols) {
		this.patrols = patrols;
		this.tasks = tasks;
		this.territory = territory;
		this.keys = keys;
		this.activity = activity;
		this.log = log;
	}

	/** What an import found and made. */
	public record Imported(long rows, long problemCount, List<RowProblem> problems, int alerts, int inside, int events,
			int newTasks) {
	}

	/** A task, opened. */
	public record TaskView(UUID id, AlertFamily family, String sources, int count, LocalDate first, LocalDate last,
			String confidence, @Nullable Double totalFrp, double latitude, double longitude, Geometry outline,
			TaskStatus status, @Nullable UUID observation) {
	}

	/**
	 * Imports a file of satellite alerts (GFW or FIRMS export) into tasks.
	 * @throws org.tejido.territory.satellite.AlertFileRefused for a file that is not one
	 * @throws Invalid when the collective has no territory to clip to
	 */
	@Transactional
	public Imported importAlerts(Membership membership, InputStream file) {
		AlertFile read = new SatelliteAlertReader().read(file);
		Geometry boundary = this.territory.boundary(membership.collective());
		if (boundary.isEmpty()) {
			throw new Invalid("territory.tasks.no-territory");
		}
		// Appending to the activity chain locks the collective first, so two imports of
		// the same file at once make its tasks once.
		this.activity.record(membership.collective(), membership.member(), "territory.satellite-imported", null);
		List<SatelliteAlert> inside = new TerritoryClip(boundary).keep(read.alerts());
		List<AlertEvent> events = new AlertClustering().cluster(inside);
		Sealed sealing = this.keys.sealed(membership.collective());
		int created = 0;
		for (AlertEvent event : events) {
			String key = this.keys.blindIndex(membership.collective() + ":" + event.id());
			if (!this.tasks.existsByCollectiveIdAndEventKey(membership.collective(), key)) {
				this.tasks.save(new GroundTruthTask(membership.collective(), key, event, sealing, Instant.now()));
				created++;
			}
		}
		return new Imported(read.rows(), read.problemCount(), read.problems(), read.alerts().size(), inside.size(),
				events.size(), created);
	}

	@Transactional(readOnly = true)
	public List<TaskView> of(Membership membership) {
		Sealed sealing = this.keys.sealed(membership.collective());
		return this.tasks.findByCollectiveId(membership.collective())
			.stream()
			.map((task) -> view(task, sealing))
			.sorted(Comparator.comparing(TaskView::last).reversed())
			.toList();
	}

	@Transactional(readOnly = true)
	public TaskView one(Membership membership, UUID task) {
		return this.tasks.findByCollectiveIdAndId(membership.collective(), task)
			.map((found) -> view(found, this.keys.sealed(membership.collective())))
			.orElseThrow(NotFound::new);
	}

	/**
	 * Records what a patrol found where the alerts were, as an observation of the task.
	 * @param result confirmed, not-found or other-cause
	 */
	@Transactional
	public UUID record(Membership membership, UUID taskId, String result, String text, String patrol,
			List<? extends FieldLog.Attachment> files) {
		GroundTruthTask task = this.tasks.findByCollectiveIdAndId(membership.collective(), taskId)
			.orElseThrow(NotFound::new);
		TaskStatus status = TaskStatus.result(result).orElseThrow(() -> new Invalid("territory.tasks.result-unknown"));
		String centre = task.centre(this.keys.sealed(membership.collective()));
		ObservationCategory category = (task.family() == AlertFamily.FIRE) ? ObservationCategory.FIRE
				: ObservationCategory.EXTRACTION;
		Sighting sighting = new ObservationInput(category.code(), "", centre, "", text, patrol)
			.checked((id) -> false, (id) -> this.patrols.find(membership, id).isPresent())
			.forTask(taskId);
		UUID observation = this.log.record(membership.collective(), membership.member(), sighting, "task", files);
		task.checked(status, observation);
		this.activity.record(membership.collective(), membership.member(), "territory.task-checked", taskId);
		return observation;
	}

	private static TaskView view(GroundTruthTask task, Sealed sealing) {
		String centre = task.centre(sealing);
		AlertEventDetails details = task.details(sealing);
		return new TaskView(task.id(), task.family(), details.sources(), details.count(), details.first(),
				details.last(), details.confidence(), details.totalFrp(), Positions.latitude(centre),
				Positions.longitude(centre), outline(task.outline(sealing)), task.status(), task.observationId());
	}

	private static Geometry outline(String wkt) {
		try {
			return new WKTReader().read(wkt);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("a kept outline does not read back", ex);
		}
	}

}
