package org.tejido.support;

/**
 * What a contract needs from the application under test: a way in over HTTP.
 */
public interface RunningTejido {

	String IMPORT_TOKEN = "test-import-token";

	/** The secret Kannel gives when it calls the application under test. */
	String INBOUND_SECRET = "test-inbound-secret";

	Http http();

	/** Where the application under test keeps its database, index and files. */
	java.nio.file.Path dataDir();

	default String bearer() {
		return "Bearer " + IMPORT_TOKEN;
	}

}
