package org.tejido.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.Membership;
import org.tejido.site.NotFound;

/**
 * What a coordinator does with a report: previews it, downloads it as CSV, shares it with
 * the coalition, or withdraws one shared before. Downloading, sharing and withdrawing are
 * each one transaction, recorded in the collective's activity chain; only coordinators
 * may do any of them.
 */
@Service
public class ReportDesk {

	private final ReportMaker maker;

	private final SharedReports shared;

	private final CollectiveActivity activity;

	ReportDesk(ReportMaker maker, SharedReports shared, CollectiveActivity activity) {
		this.maker = maker;
		this.shared = shared;
		this.activity = activity;
	}

	/** A report shared earlier, briefly. */
	public record Shared(UUID id, LocalDate from, LocalDate to, Instant sharedAt, boolean named) {
	}

	public static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	/**
	 * The report as it would leave.
	 * @throws Invalid if the form asks for a report that cannot be
	 */
	@Transactional(readOnly = true)
	public SituationReport preview(Membership coordinator, ReportForm form) {
		mustCoordinate(coordinator);
		return this.maker.make(coordinator, form.checked(today()), today());
	}

	/** The report's CSV; the download is recorded. */
	@Transactional
	public String download(Membership coordinator, ReportForm form) {
		SituationReport report = preview(coordinator, form);
		this.activity.record(coordinator.collective(), coordinator.member(), "reports.downloaded", null);
		return ReportCsv.write(report);
	}

	/**
	 * Keeps the report for the coalition, as it would leave.
	 * @param name the collective's name, or nothing to stay "a collective"
	 */
	@Transactional
	public void share(Membership coordinator, ReportForm form, @Nullable String name) {
		SituationReport report = preview(coordinator, form);
		SharedReport kept = this.shared.save(new SharedReport(coordinator.collective(), report,
				(name == null || name.isBlank()) ? null : name.strip(), Instant.now()));
		this.activity.record(coordinator.collective(), coordinator.member(), "reports.shared", kept.id());
	}

	/**
	 * Takes back a report the collective shared: its snapshot is removed, so the
	 * coalition no longer sees or counts it, and it leaves the collective's export too;
	 * the activity chain keeps that it was shared and withdrawn.
	 * @param id the shared report, as given in the page
	 * @throws NotFound when the collective has no such report (never shared, already
	 * withdrawn, another collective's, or not an id at all)
	 */
	@Transactional
	public void withdraw(Membership coordinator, String id) {
		mustCoordinate(coordinator);
		UUID report;
		try {
			report = UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFound();
		}
		if (this.shared.withdraw(report, coordinator.collective()) == 0) {
			throw new NotFound();
		}
		this.activity.record(coordinator.collective(), coordinator.member(), "reports.withdrawn", report);
	}

	/** What the collective shared, the latest first. */
	@Transactional(readOnly = true)
	public List<Shared> sharedBy(Membership coordinator) {
		mustCoordinate(coordinator);
		return this.shared.findByCollectiveIdOrderBySharedAtDesc(coordinator.collective())
			.stream()
			.map((report) -> new Shared(report.id(), report.periodFrom(), report.periodTo(), report.sharedAt(),
					report.collectiveName() != null))
			.toList();
	}

	private static void mustCoordinate(Membership membership) {
		if (!membership.isCoordinator()) {
			throw new NotFound();
		}
	}

}
