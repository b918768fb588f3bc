package org.tejido.reports.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reports shared with the coalition. */
interface SharedReports extends Repository<SharedReport, UUID> {

	List<SharedReport> findByCollectiveIdOrderBySharedAtDesc(UUID collectiveId);

	List<SharedReport> findAllByOrderBySharedAtDesc();

	SharedReport save(SharedReport report);

	/**
	 * Removes a collective's shared report in one statement, so that two withdrawals at
	 * once remove it once.
	 * @return how many were removed: 1, or 0 when the collective has no such report
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from SharedReport r where r.id = ?1 and r.collectiveId = ?2")
	int withdraw(UUID id, UUID collectiveId);

}
