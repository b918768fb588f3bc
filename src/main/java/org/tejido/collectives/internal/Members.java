package org.tejido.collectives.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

import org.tejido.collectives.CollectiveRole;

/**
 * The people of collectives; every query names the collective.
 */
interface Members extends Repository<Member, UUID> {

	Optional<Member> findByCollectiveIdAndId(UUID collectiveId, UUID id);

	Optional<Member> findByCollectiveIdAndAccountIndex(UUID collectiveId, String accountIndex);

	List<Member> findByCollectiveIdOrderByJoinedAt(UUID collectiveId);

	List<Member> findByAccountIndex(String accountIndex);

	long countByCollectiveId(UUID collectiveId);

	long countByCollectiveIdAndRole(UUID collectiveId, CollectiveRole role);

	List<Member> findByPhoneIndex(String phoneIndex);

	Member save(Member member);

	void delete(Member member);

}
