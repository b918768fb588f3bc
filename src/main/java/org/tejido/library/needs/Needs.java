package org.tejido.library.needs;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Every published need.
 */
public interface Needs extends JpaRepository<Need, UUID> {

	@EntityGraph(attributePaths = "answers")
	List<Need> findByMetOrderByPostedAtDesc(boolean met);

}
