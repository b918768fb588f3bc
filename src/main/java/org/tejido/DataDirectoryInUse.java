package org.tejido;

import java.sql.SQLException;

import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Says in two lines, instead of a page of stack traces, that Tejido could not start
 * because its data directory is open in another running Tejido (a server, or a command
 * such as {@code admin}): the embedded database's file and the search index each take a
 * lock that only one process can hold.
 */
class DataDirectoryInUse implements FailureAnalyzer {

	/**
	 * H2's "database may be already in use" ({@code ErrorCode.DATABASE_ALREADY_OPEN_1}).
	 */
	static final int H2_ALREADY_OPEN = 90020;

	private final Environment environment;

	DataDirectoryInUse(Environment environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof LockObtainFailedException
					|| (cause instanceof SQLException sql && sql.getErrorCode() == H2_ALREADY_OPEN)) {
				return analysis(cause);
			}
		}
		return null;
	}

	private FailureAnalysis analysis(Throwable cause) {
		String dataDir = this.environment.getProperty(DataDirectory.PROPERTY, "./data");
		return new FailureAnalysis("The data directory " + dataDir
				+ " is in use by another Tejido that is running (a server, or a command such as admin or collectives):"
				+ " its database and search index can be open in one process at a time.",
				"Stop the other one first, or give this one a data directory of its own (--tejido.data-dir=…). Each"
						+ " node of a cluster has its own data directory (docs/operations.md, \"Two or more nodes\").",
				cause);
	}

}
