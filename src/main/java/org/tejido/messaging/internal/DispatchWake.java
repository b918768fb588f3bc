package org.tejido.messaging.internal;

import java.time.Instant;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.tejido.site.AfterCommit;

/**
 * Wakes the dispatcher as soon as messages are queued, rather than at its next round:
 * once the transaction that queued them commits, the dispatch job is moved to now and
 * this node's scheduler looks for due jobs at once. db-scheduler still picks the job on
 * one node at a time. When the job runs already, it cannot be moved: a signal then tells
 * the running dispatcher to look once more before it stops; a dispatcher that found
 * nothing due waits a moment for one, so that a tier written in waves goes on without
 * waiting for the job's next round.
 */
@Component
class DispatchWake {

	static final String TASK = "messaging-dispatch";

	private static final Log log = LogFactory.getLog(DispatchWake.class);

	private final ObjectProvider<Scheduler> scheduler;

	private final Semaphore signal = new Semaphore(0);

	DispatchWake(ObjectProvider<Scheduler> scheduler) {
		this.scheduler = scheduler;
	}

	/**
	 * Wakes the dispatcher once the current transaction commits (at once without one).
	 */
	void afterCommit() {
		AfterCommit.run(this::wake);
	}

	void wake() {
		if (this.signal.availablePermits() == 0) {
			this.signal.release();
		}
		Scheduler scheduler = this.scheduler.getIfAvailable();
		if (scheduler == null) {
			return;
		}
		try {
			if (scheduler.reschedule(TaskInstanceId.of(TASK, RecurringTask.INSTANCE), Instant.now())) {
				scheduler.triggerCheckForDueExecutions();
			}
		}
		catch (TaskInstanceCurrentlyExecutingException ex) {
			// the running dispatcher sees the signal
		}
		catch (RuntimeException ex) {
			log.debug("Could not wake the dispatcher; it runs at its next round", ex);
		}
	}

	/** Whether messages were queued since the last call. */
	boolean signalled() {
		return this.signal.drainPermits() > 0;
	}

	/** Whether messages are queued within this time, or were since the last call. */
	boolean awaited(Duration time) {
		try {
			boolean woken = this.signal.tryAcquire(time.toNanos(), TimeUnit.NANOSECONDS);
			this.signal.drainPermits();
			return woken;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
