package org.tejido.warning.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Alerts; every query names the collective.
 */
interface Alerts extends Repository<Alert, UUID> {

	Optional<Alert> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	List<Alert> findByCollectiveIdOrderByReportedAtDesc(UUID collectiveId);

	List<Alert> findByCollectiveIdAndCode(UUID collectiveId, String code);

	List<Alert> findByCollectiveIdAndReportedAtGreaterThanEqualAndReportedAtLessThan(UUID collectiveId, Instant from,
			Instant to);

	boolean existsByCollectiveIdAndCodeAndStatus(UUID collectiveId, String code, String status);

	Alert save(Alert alert);

}
