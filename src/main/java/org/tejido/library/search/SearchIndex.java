package org.tejido.library.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.library.catalogue.Resource;

/**
 * Keeps the search index in step with the database: when the index is missing documents
 * (a new index folder, a restored database backup), it is rebuilt from the database. Each
 * node has an index of its own, which follows the changes other nodes make
 * ({@link IndexFollower}); a node that has no saved position in the change log (a new
 * node, an emptied index folder, a node stopped for longer than changes are kept)
 * rebuilds its index in full before it takes requests.
 */
@Component
public class SearchIndex {

	private static final Log log = LogFactory.getLog(SearchIndex.class);

	@PersistenceContext
	private EntityManager entityManager;

	@PersistenceUnit
	private EntityManagerFactory entityManagerFactory;

	private final IndexFollower follower;

	private final TransactionTemplate transactions;

	SearchIndex(IndexFollower follower, TransactionTemplate transactions) {
		this.follower = follower;
		this.transactions = transactions;
	}

	/**
	 * Makes this node's index whole and current before it takes requests: from its saved
	 * position in the change log when it has one, or else by a full rebuild.
	 */
	public void prepare() throws InterruptedException {
		var position = this.follower.savedPosition();
		if (position.isPresent()) {
			this.follower.followFrom(position.get());
			while (this.follower.catchUp() >= IndexFollower.ROWS_PER_ROUND) {
				log.debug("Catching up with the change log");
			}
			this.transactions.executeWithoutResult((status) -> rebuildIfIncomplete());
		}
		else {
			long start = this.follower.positionBeforeRebuild();
			rebuild();
			this.follower.followFrom(start);
		}
	}

	private void rebuildIfIncomplete() {
		SearchSession session = Search.session(this.entityManager);
		long indexed = session.search(Resource.class).where((f) -> f.matchAll()).fetchTotalHitCount();
		long stored = this.entityManager.createQuery("select count(r) from Resource r", Long.class).getSingleResult();
		if (indexed != stored) {
			log.info("Search index holds " + indexed + " of " + stored + " resources; rebuilding it");
			try {
				rebuild();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	public void rebuild() throws InterruptedException {
		Search.mapping(this.entityManagerFactory)
			.scope(Resource.class)
			.massIndexer()
			.threadsToLoadObjects(1)
			.mergeSegmentsOnFinish(true)
			.startAndWait();
	}

	/**
	 * Merges the index into as few segments as it can after many resources were written
	 * at once (a catalogue import): each search then walks one segment instead of dozens,
	 * and counting facets needs no map of values across segments.
	 */
	public void compact() {
		Search.mapping(this.entityManagerFactory).scope(Resource.class).workspace().mergeSegments();
	}

}
