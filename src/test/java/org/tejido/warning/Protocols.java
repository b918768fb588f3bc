package org.tejido.warning;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.support.Browser;
import org.tejido.support.Collectives;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the warning contracts set up a collective's protocol through its pages, and move an
 * escalation deadline to now.
 */
public final class Protocols {

	private Protocols() {
	}

	/** A new protocol for every category from low severity up; gives its page. */
	public static String newProtocol(Browser coordinator, String home, String name) {
		coordinator.get(home + "/protocols");
		HttpResponse<String> created = coordinator.submit(home + "/protocols", "name", name, "min_severity", "low");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		return Collectives.location(created);
	}

	/**
	 * Adds a tier through the protocol's form ({@code target}, {@code channel} as often
	 * as wanted, {@code wait}, {@code level}).
	 */
	static void addTier(Browser coordinator, String protocol, String... fields) {
		coordinator.get(protocol);
		HttpResponse<String> added = coordinator.submit(protocol + "/tiers", fields);
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
	}

	/** The alert's id, from its page's address. */
	static String idOf(String alert) {
		return alert.substring(alert.lastIndexOf('/') + 1);
	}

	/** Makes the deadline of the alert's tier due now, as if its wait were over. */
	static void passDeadline(JdbcClient jdbc, String alert, int step) {
		assertThat(jdbc.sql(
				"update scheduled_tasks set execution_time = ? where task_name = 'alert-escalation' and task_instance = ?")
			.params(OffsetDateTime.now().minusSeconds(1), idOf(alert) + ":" + step)
			.update()).isEqualTo(1);
	}

}
