package org.tejido.library.contributions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Everything sent in.
 */
public interface Contributions extends JpaRepository<Contribution, UUID> {

	List<Contribution> findByStatusOrderBySubmittedAt(Contribution.Status status);

}
