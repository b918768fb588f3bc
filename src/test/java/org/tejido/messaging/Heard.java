package org.tejido.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The events an application under test published, as a listener of another module would
 * hear them.
 */
final class Heard {

	private static final Map<ConfigurableApplicationContext, List<Object>> EVENTS = new ConcurrentHashMap<>();

	private Heard() {
	}

	/** Starts listening to the application, once. */
	static List<Object> in(ConfigurableApplicationContext context) {
		return EVENTS.computeIfAbsent(context, (c) -> {
			List<Object> events = new CopyOnWriteArrayList<>();
			c.addApplicationListener(ApplicationListener.forPayload(events::add));
			return events;
		});
	}

	/**
	 * The events of a type that match, waiting up to the time given for as many as
	 * wanted.
	 */
	static <T> List<T> awaited(ConfigurableApplicationContext context, Class<T> type, Predicate<T> matching, int wanted,
			Duration wait) {
		Instant end = Instant.now().plus(wait);
		List<T> found = of(context, type, matching);
		while (found.size() < wanted && Instant.now().isBefore(end)) {
			sleep(100);
			found = of(context, type, matching);
		}
		return found;
	}

	static <T> List<T> of(ConfigurableApplicationContext context, Class<T> type, Predicate<T> matching) {
		return in(context).stream().filter(type::isInstance).map(type::cast).filter(matching).toList();
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
