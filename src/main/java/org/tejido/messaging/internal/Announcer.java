package org.tejido.messaging.internal;

import java.util.List;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes messaging's events once the change they report is committed, each in a short
 * transaction of its own: listeners with {@code @EventListener} run inside it and see the
 * change; listeners with {@code @ApplicationModuleListener} run after it commits. A
 * failing listener does not undo the change.
 */
@Component
public class Announcer {

	private static final Log log = LogFactory.getLog(Announcer.class);

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	Announcer(ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Publishes the event and, in the same transaction, records that it was published;
	 * gives false when a listener failed (the record is then rolled back too).
	 */
	public boolean announce(Object event, Runnable recordAnnounced) {
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.events.publishEvent(event);
				recordAnnounced.run();
			});
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("A listener of " + event.getClass().getSimpleName() + " failed", ex);
			return false;
		}
	}

	/**
	 * Runs the writes and publishes the events they give, all in one transaction: a batch
	 * of changes costs one commit, not one per change. Unlike {@link #announce}, a
	 * failing listener undoes the writes too: the exception reaches the caller, which may
	 * then write and announce the changes one by one.
	 */
	public void announceAll(Supplier<List<?>> writes) {
		this.transaction.executeWithoutResult((status) -> writes.get().forEach(this.events::publishEvent));
	}

	public boolean announce(Object event) {
		return announce(event, () -> {
		});
	}

}
