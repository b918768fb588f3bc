package org.tejido.reports.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Reports shared with the coalition. */
interface SharedReports extends Repository<SharedReport, UUID> {

	List<SharedReport> findByCollectiveIdOrderBySharedAtDesc(UUID collectiveId);

	List<SharedReport> findAllByOrderBySharedAtDesc();

	SharedReport save(SharedReport report);

}
