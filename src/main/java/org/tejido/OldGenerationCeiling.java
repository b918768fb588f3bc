package org.tejido;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the serial collector's old generation near what is live in it, so that a server
 * under steady load stays at the memory it reached after its start.
 * <p>
 * The serial collector ({@code jvm.options}) grows its old generation whenever what it
 * promotes from the young one does not fit, and collects the old generation only once the
 * heap has reached {@code -Xmx}. Objects that live a few seconds (a kept-alive
 * connection, an entry of a cache) are promoted and die there, so a busy server's memory
 * climbs by a few MB a minute until the heap is at its maximum, and stays there.
 * <p>
 * This sets the JVM's own usage threshold on the old generation at what was live after
 * the last full collection plus a headroom (an eighth of it, at least 8 MB), and asks for
 * a full collection when the threshold is crossed; the new threshold is set from what the
 * collection left. With another collector (no "Tenured Gen" pool) it does nothing: those
 * collect their old generation as they go.
 */
final class OldGenerationCeiling implements NotificationListener {

	/** The old generation's pool under {@code -XX:+UseSerialGC}. */
	static final String SERIAL_OLD_GENERATION = "Tenured Gen";

	static final long MIN_HEADROOM = 8L * 1024 * 1024;

	/** The shortest time between two full collections this ceiling asks for. */
	static final Duration SPACING = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(OldGenerationCeiling.class);

	private final MemoryPoolMXBean oldGeneration;

	private final NotificationEmitter memory;

	private final Runnable fullCollection;

	private final Duration spacing;

	private final LongSupplier nanoTime;

	private final BiConsumer<Duration, Runnable> later;

	private final AtomicBoolean pending = new AtomicBoolean();

	private final AtomicLong collectionsAsked = new AtomicLong();

	private volatile long lastAsked;

	private volatile boolean stopped;

	OldGenerationCeiling(MemoryPoolMXBean oldGeneration, NotificationEmitter memory, Runnable fullCollection,
			Duration spacing, LongSupplier nanoTime, BiConsumer<Duration, Runnable> later) {
		this.oldGeneration = oldGeneration;
		this.memory = memory;
		this.fullCollection = fullCollection;
		this.spacing = spacing;
		this.nanoTime = nanoTime;
		this.later = later;
		this.lastAsked = nanoTime.getAsLong() - spacing.toNanos();
	}

	/**
	 * The ceiling for this JVM, if it runs the serial collector, asking for a full
	 * collection at most once in {@code spacing}.
	 */
	static Optional<OldGenerationCeiling> ofThisJvm(Duration spacing) {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> SERIAL_OLD_GENERATION.equals(pool.getName()) && pool.isUsageThresholdSupported())
			.findFirst()
			.map((pool) -> new OldGenerationCeiling(pool, (NotificationEmitter) ManagementFactory.getMemoryMXBean(),
					System::gc, spacing, System::nanoTime, OldGenerationCeiling::afterSleeping));
	}

	/**
	 * What the old generation may hold before a full collection is asked for: what was
	 * live plus an eighth of it, at least {@link #MIN_HEADROOM}; never above the
	 * generation's maximum, where the collector collects by itself.
	 */
	static long ceiling(long live, long max) {
		long ceiling = live + Math.max(MIN_HEADROOM, live / 8);
		return (max > 0) ? Math.min(ceiling, max) : ceiling;
	}

	void start() {
		this.memory.addNotificationListener(this, null, null);
		long threshold = rearm();
		log.debug("Old generation ceiling at {} MB", threshold / (1024 * 1024));
	}

	/** Stops listening; a collection still waiting for its spacing is not asked for. */
	void stop() {
		this.stopped = true;
		try {
			this.memory.removeNotificationListener(this);
		}
		catch (ListenerNotFoundException ex) {
			// never started
		}
	}

	/** How many full collections this ceiling has asked for. */
	long collectionsAsked() {
		return this.collectionsAsked.get();
	}

	@Override
	public void handleNotification(Notification notification, Object handback) {
		if (MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(notification.getType())
				&& this.oldGeneration.getName()
					.equals(MemoryNotificationInfo.from((CompositeData) notification.getUserData()).getPoolName())) {
			thresholdCrossed();
		}
	}

	/**
	 * Asks for a full collection now, or once the spacing has passed since the last one;
	 * the JVM tells of the crossing once, until the usage has gone back under.
	 */
	void thresholdCrossed() {
		if (!this.pending.compareAndSet(false, true)) {
			return;
		}
		long wait = this.lastAsked + this.spacing.toNanos() - this.nanoTime.getAsLong();
		if (wait <= 0) {
			collect();
		}
		else {
			this.later.accept(Duration.ofNanos(wait), this::collect);
		}
	}

	private void collect() {
		if (this.stopped) {
			return;
		}
		try {
			this.collectionsAsked.incrementAndGet();
			this.lastAsked = this.nanoTime.getAsLong();
			this.fullCollection.run();
		}
		finally {
			this.pending.set(false);
			rearm();
		}
	}

	/** Sets the threshold from what the last full collection left, and returns it. */
	private long rearm() {
		MemoryUsage afterLastCollection = this.oldGeneration.getCollectionUsage();
		MemoryUsage now = this.oldGeneration.getUsage();
		long live = (afterLastCollection != null && afterLastCollection.getUsed() > 0) ? afterLastCollection.getUsed()
				: now.getUsed();
		long threshold = ceiling(live, now.getMax());
		this.oldGeneration.setUsageThreshold(threshold);
		return threshold;
	}

	private static void afterSleeping(Duration wait, Runnable task) {
		Thread.ofVirtual().name("old-generation-ceiling").start(() -> {
			try {
				Thread.sleep(wait);
			}
			catch (InterruptedException ex) {
				// nothing interrupts it; collecting then would only delay the stop
				return;
			}
			task.run();
		});
	}

}
