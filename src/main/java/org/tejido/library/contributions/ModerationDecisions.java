package org.tejido.library.contributions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The record of every moderation decision.
 */
public interface ModerationDecisions extends JpaRepository<ModerationDecision, UUID> {

	List<ModerationDecision> findByContributionOrderByDecidedAt(UUID contribution);

}
