package org.tejido.warning.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * The timelines of alerts.
 */
interface Timeline extends Repository<TimelineEntry, UUID> {

	List<TimelineEntry> findByAlertIdOrderByAtAscIdAsc(UUID alertId);

	TimelineEntry save(TimelineEntry entry);

}
