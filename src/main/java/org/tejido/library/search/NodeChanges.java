package org.tejido.library.search;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The change log that every application node follows ({@code node_change}): a row is
 * written in the same transaction as the change it tells of, so the other nodes learn of
 * every committed change and of no rolled-back one. This node signs its rows with an id
 * drawn at each start, and skips its own rows while it runs: it applied them already.
 */
@Component
public class NodeChanges {

	/** A resource was written or deleted: its search document must be made again. */
	static final String RESOURCE = "resource";

	/** A vocabulary's terms or labels changed: read the vocabularies again. */
	public static final String VOCABULARY = "vocabulary";

	private final UUID origin = UUID.randomUUID();

	private final JdbcClient jdbc;

	NodeChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** This run of this node, as its rows name it. */
	UUID origin() {
		return this.origin;
	}

	/** Records a change in the current transaction. */
	public void record(String kind, @Nullable UUID subject) {
		this.jdbc.sql("insert into node_change (kind, subject, origin) values (?, ?, ?)")
			.params(kind, subject, this.origin)
			.update();
	}

}
