package org.tejido.library.search;

import java.sql.PreparedStatement;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.stereotype.Component;

import org.tejido.library.catalogue.Resource;

/**
 * Writes a {@code node_change} row for every resource a transaction inserts, updates or
 * deletes (its own columns or its collections), once per resource and transaction, just
 * before the transaction commits and in it: the other nodes then update their own search
 * index from it ({@link IndexFollower}). Hooked into Hibernate's events, as Hibernate
 * Search's own indexing is, so that no write path can forget it.
 */
@Component
class ResourceChanges {

	private final NodeChanges changes;

	private final Map<SharedSessionContractImplementor, Set<UUID>> pending = new ConcurrentHashMap<>();

	ResourceChanges(EntityManagerFactory entityManagerFactory, NodeChanges changes) {
		this.changes = changes;
		EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		Listener listener = new Listener();
		listeners.appendListeners(EventType.POST_INSERT, (PostInsertEventListener) listener);
		listeners.appendListeners(EventType.POST_UPDATE, (PostUpdateEventListener) listener);
		listeners.appendListeners(EventType.POST_DELETE, (PostDeleteEventListener) listener);
		listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, (PostCollectionRecreateEventListener) listener);
		listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, (PostCollectionUpdateEventListener) listener);
		listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, (PostCollectionRemoveEventListener) listener);
	}

	private void changed(Object entity, SharedSessionContractImplementor session) {
		if (entity instanceof Resource resource) {
			changed(resource.id().value(), session);
		}
	}

	private void changed(UUID resource, SharedSessionContractImplementor session) {
		if (!(session instanceof EventSource source)) {
			write(session, Set.of(resource));
			return;
		}
		Set<UUID> ids = this.pending.get(session);
		if (ids == null) {
			ids = new LinkedHashSet<>();
			this.pending.put(session, ids);
			source.getActionQueue().registerCallback((BeforeCompletionCallback) (completing) -> {
				Set<UUID> written = this.pending.remove(completing);
				if (written != null && !written.isEmpty()) {
					write(completing, written);
				}
			});
			source.getActionQueue()
				.registerCallback((AfterCompletionCallback) (success, completed) -> this.pending.remove(completed));
		}
		ids.add(resource);
	}

	private void write(SharedSessionContractImplementor session, Set<UUID> resources) {
		session.doWork((connection) -> {
			try (PreparedStatement insert = connection
				.prepareStatement("insert into node_change (kind, subject, origin) values (?, ?, ?)")) {
				for (UUID resource : resources) {
					insert.setString(1, NodeChanges.RESOURCE);
					insert.setObject(2, resource);
					insert.setObject(3, this.changes.origin());
					insert.addBatch();
				}
				insert.executeBatch();
			}
		});
	}

	private final class Listener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
			PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

		@Override
		public void onPostInsert(org.hibernate.event.spi.PostInsertEvent event) {
			changed(event.getEntity(), event.getSession());
		}

		@Override
		public void onPostUpdate(org.hibernate.event.spi.PostUpdateEvent event) {
			changed(event.getEntity(), event.getSession());
		}

		@Override
		public void onPostDelete(org.hibernate.event.spi.PostDeleteEvent event) {
			changed(event.getEntity(), event.getSession());
		}

		@Override
		public void onPostRecreateCollection(org.hibernate.event.spi.PostCollectionRecreateEvent event) {
			collection(event);
		}

		@Override
		public void onPostUpdateCollection(org.hibernate.event.spi.PostCollectionUpdateEvent event) {
			collection(event);
		}

		@Override
		public void onPostRemoveCollection(org.hibernate.event.spi.PostCollectionRemoveEvent event) {
			collection(event);
		}

		private void collection(AbstractCollectionEvent event) {
			Object owner = event.getAffectedOwnerOrNull();
			if (owner != null) {
				changed(owner, event.getSession());
			}
		}

		@Override
		public boolean requiresPostCommitHandling(EntityPersister persister) {
			return false;
		}

	}

}
