package org.tejido.contact;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Every message received.
 */
interface ContactMessages extends JpaRepository<ContactMessage, UUID> {

	List<ContactMessage> findTop100ByOrderByReceivedAtDesc();

	boolean existsByFormNonce(String formNonce);

}
