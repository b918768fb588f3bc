package org.tejido.training.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Every registration.
 */
public interface Registrations extends JpaRepository<Registration, UUID> {

	long countByEvent(UUID event);

	boolean existsByFormNonce(String formNonce);

	List<Registration> findByEventOrderByRegisteredAt(UUID event);

}
