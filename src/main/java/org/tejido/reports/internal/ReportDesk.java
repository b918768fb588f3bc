package org.tejido.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.Membership;
import org.tejido.site.NotFound;

/**
 * What a coordinator does with a report: previews it, downloads it as CSV, or shares it
 * with the coalition. Downloading and sharing are each one transaction, recorded in the
 * collective's activity chain; only coordinators may do either.
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
	public record Shared(LocalDate from, LocalDate to, Instant sharedAt, boolean named) {
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

	/** What the collective shared, the latest first. */
	@Transactional(readOnly = true)
	public List<Shared> sharedBy(Membership coordinator) {
		mustCoordinate(coordinator);
		return this.shared.findByCollectiveIdOrderBySharedAtDesc(coordinator.collective())
			.stream()
			.map((report) -> new Shared(report.periodFrom(), report.periodTo(), report.sharedAt(),
					report.collectiveName() != null))
			.toList();
	}

	private static void mustCoordinate(Membership membership) {
		if (!membership.isCoordinator()) {
			throw new NotFound();
		}
	}

}
