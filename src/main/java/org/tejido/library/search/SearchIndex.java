package org.tejido.library.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.library.catalogue.Resource;

/**
 * Keeps the search index in step with the database: when the index is missing documents
 * (a new index folder, a restored database backup), it is rebuilt from the database.
 */
@Component
public class SearchIndex {

	private static final Log log = LogFactory.getLog(SearchIndex.class);

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * Whether the index holds another number of resources than the database (a new index
	 * folder, a restored database backup): two counts, quick at any size.
	 */
	@Transactional(readOnly = true)
	public boolean isIncomplete() {
		SearchSession session = Search.session(this.entityManager);
		long indexed = session.search(Resource.class).where((f) -> f.matchAll()).fetchTotalHitCount();
		long stored = this.entityManager.createQuery("select count(r) from Resource r", Long.class).getSingleResult();
		if (indexed != stored) {
			log.info("Search index holds " + indexed + " of " + stored + " resources; rebuilding it");
		}
		return indexed != stored;
	}

	/**
	 * Rebuilds the index from the database; searches meanwhile see part of the library.
	 */
	@Transactional(readOnly = true)
	public void rebuild() throws InterruptedException {
		Search.session(this.entityManager).massIndexer(Resource.class).threadsToLoadObjects(1).startAndWait();
		log.info("Search index rebuilt");
	}

}
