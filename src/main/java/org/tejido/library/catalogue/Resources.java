package org.tejido.library.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * All resources of the library.
 */
public interface Resources extends JpaRepository<Resource, UUID> {

	Optional<Resource> findBySlug(String slug);

	@EntityGraph(attributePaths = { "files" })
	Optional<Resource> findByShortCode(int shortCode);

	/** The number the next new resource gets: one past the highest, from 1000 on. */
	@Query("select coalesce(max(r.shortCode), 999) + 1 from Resource r")
	int nextShortCode();

	@Query("select r.slug from Resource r")
	List<String> findAllSlugs();

	@EntityGraph(attributePaths = { "files" })
	@Query("select r from Resource r order by r.title")
	List<Resource> findAllForExport();

	/**
	 * One page of resources, latest change first and, among those changed at the same
	 * moment, by id, so that pages neither overlap nor skip; their files, languages and
	 * translations are then fetched in batches, not one query per resource.
	 */
	@Query("select r from Resource r order by r.updatedAt desc, r.id desc")
	List<Resource> findPageLatestFirst(Pageable pageable);

	/** The moment of the latest change to any resource, if there is one. */
	@Query("select max(r.updatedAt) from Resource r")
	Optional<Instant> latestChange();

	@Query("select f from ResourceFile f join fetch f.resource where f.id = ?1")
	Optional<ResourceFile> findFile(UUID fileId);

}
