package org.tejido;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.h2.mvstore.db.Store;

/**
 * Gives back the space an H2 file holds beyond its data, while the database is open.
 * <p>
 * H2 writes every commit as a new chunk at the end of its file and leaves the chunks
 * before it partly used. Its own background thread rewrites the sparse ones and moves the
 * rest together, but H2 starts that thread only with a write delay, and Tejido runs H2
 * with none (a commit is on disk before it returns). Without it the file grows with every
 * write: 884 MB for 29 MB of data after five alerts to 10,000 members.
 * <p>
 * This does that upkeep in steps, with the same two operations H2's thread uses: live
 * pages are copied out of chunks that are mostly dead, then chunks are moved into the
 * holes and the file is cut after the last one. Each step holds H2's store lock while it
 * copies, so commits made meanwhile wait for it (at most 0.3 s, 0.1 s at the 99th
 * percentile, on the file of a 100,000-resource import); a file that is mostly in use is
 * left alone. H2 reuses a chunk's space only once its retention time (45 s) has passed,
 * so a file is given back over several runs.
 */
final class H2FileCompaction {

	/**
	 * Bytes of live pages copied out of sparse chunks in one step, under H2's store lock
	 * (6 to 150 ms each on two cores on the file of a 100,000-resource import; the first
	 * step on a file just opened took longer).
	 */
	static final int REWRITE_BYTES = 4 * 1024 * 1024;

	/**
	 * Bytes of chunks moved in one step. A chunk larger than this is not moved, so the
	 * step is as large as H2's own (4 MB moved nothing of a file after an alert fan-out).
	 */
	static final int MOVE_BYTES = 16 * 1024 * 1024;

	/**
	 * The file is compacted while less than this share of it, or of its chunks, is in
	 * use.
	 */
	static final int FILL_RATE = 70;

	/** Between two steps, so that the commits waiting on the store lock go first. */
	private static final Duration PAUSE = Duration.ofMillis(10);

	private H2FileCompaction() {
	}

	/**
	 * The store of an embedded H2 database behind the connection; empty for any other
	 * database, or H2 reached over the network.
	 */
	static Optional<MVStore> storeOf(Connection connection) throws SQLException {
		if (!connection.isWrapperFor(JdbcConnection.class)
				|| !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
			return Optional.empty();
		}
		Store store = session.getDatabase().getStore();
		return (store != null && store.getMvStore().getFileStore() != null) ? Optional.of(store.getMvStore())
				: Optional.empty();
	}

	/**
	 * Compacts the file in steps until it is mostly in use or the time allowed is spent.
	 * A step may gain nothing visible at once: chunks moved towards the start of the file
	 * let it be cut only once the last ones have moved, and a chunk whose pages were
	 * copied out is freed only after H2's retention time. A step with nothing to do is
	 * quick.
	 */
	static Compacted compact(MVStore store, Duration allowed) throws InterruptedException {
		FileStore<?> file = store.getFileStore();
		long before = file.size();
		long started = System.nanoTime();
		int steps = 0;
		while (isSparse(file) && System.nanoTime() - started < allowed.toNanos()) {
			store.compact(FILL_RATE, REWRITE_BYTES);
			Thread.sleep(PAUSE);
			if (file instanceof RandomAccessStore chunks) {
				chunks.compactMoveChunks(FILL_RATE, MOVE_BYTES, store);
			}
			steps++;
			Thread.sleep(PAUSE);
		}
		return new Compacted(before, file.size(), steps, Duration.ofNanos(System.nanoTime() - started));
	}

	static boolean isSparse(FileStore<?> file) {
		return file.getFillRate() < FILL_RATE || file.getChunksFillRate() < FILL_RATE;
	}

	/** The file's size before and after, and the steps that took it there. */
	record Compacted(long bytesBefore, long bytesAfter, int steps, Duration took) {

		boolean shrank() {
			return this.bytesAfter < this.bytesBefore;
		}

	}

}
