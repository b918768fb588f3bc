package org.tejido.accounts.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Every account.
 */
public interface Accounts extends JpaRepository<Account, UUID> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

}
