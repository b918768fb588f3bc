package org.tejido.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A report a collective shared with the coalition, kept exactly as it left: its CSV, and
 * the collective's name only if its coordinator allowed it. Never changed once shared.
 */
@Entity
@Table(name = "report_shared")
class SharedReport {

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	@Column(name = "shared_at")
	private Instant sharedAt;

	@Column(name = "period_from")
	private LocalDate periodFrom;

	@Column(name = "period_to")
	private LocalDate periodTo;

	@Column(name = "collective_name")
	private @Nullable String collectiveName;

	private String figures;

	@SuppressWarnings("NullAway.Init")
	protected SharedReport() {
	}

	SharedReport(UUID collectiveId, SituationReport report, @Nullable String collectiveName, Instant now) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.sharedAt = now;
		this.periodFrom = report.from();
		this.periodTo = report.to();
		this.collectiveName = collectiveName;
		this.figures = ReportCsv.write(report);
	}

	UUID id() {
		return this.id;
	}

	UUID collectiveId() {
		return this.collectiveId;
	}

	Instant sharedAt() {
		return this.sharedAt;
	}

	LocalDate periodFrom() {
		return this.periodFrom;
	}

	LocalDate periodTo() {
		return this.periodTo;
	}

	@Nullable String collectiveName() {
		return this.collectiveName;
	}

	SituationReport report() {
		return ReportCsv.read(this.figures);
	}

	String csv() {
		return this.figures;
	}

}
