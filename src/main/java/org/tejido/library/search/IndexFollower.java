package org.tejido.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.library.catalogue.Resource;
import org.tejido.library.catalogue.Vocabularies;

/**
 * Keeps this node's own search index (and the vocabularies it has read) in step with
 * changes made through other nodes, by following {@code node_change} every second or so.
 * <p>
 * Sequence numbers are handed out when a row is inserted, not when its transaction
 * commits, so a number may show up late (its transaction was still open when the numbers
 * after it were read) or never (its transaction rolled back). Numbers skipped over are
 * remembered as gaps and looked for again at every round, for a few minutes. The position
 * saved in the index folder is the last number before the oldest gap: a node that
 * restarts reads again from there (applying a change twice does no harm).
 */
@Component
public class IndexFollower implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(IndexFollower.class);

	static final String POSITION_FILE = "node-position.properties";

	static final int ROWS_PER_ROUND = 1000;

	/**
	 * What the documents of the index hold; raised when they change (2: each document
	 * carries the stored listing of its resource; 3: the listing in doc values), so that
	 * an index written by an older version is rebuilt in full.
	 */
	static final int INDEX_FORMAT = 3;

	private static final int LARGEST_GAP = 10_000;

	private static final Duration GAP_LIFETIME = Duration.ofMinutes(5);

	private static final Duration SAVE_AT_LEAST_EVERY = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Vocabularies vocabularies;

	private final NodeChanges changes;

	private final Path positionFile;

	private final Duration interval;

	private final Duration retention;

	private final Clock clock = Clock.systemUTC();

	@PersistenceContext
	private EntityManager entityManager;

	private final TreeMap<Long, Instant> gaps = new TreeMap<>();

	private long highest = -1;

	private long saved = -1;

	private Instant savedAt = Instant.EPOCH;

	private @Nullable ScheduledExecutorService rounds;

	private volatile Instant lastAlive = Instant.now();

	IndexFollower(JdbcClient jdbc, TransactionTemplate transactions, Vocabularies vocabularies, NodeChanges changes,
			@Value("${spring.jpa.properties.hibernate.search.backend.directory.root}") Path indexRoot,
			@Value("${tejido.search.follow-interval:1s}") Duration interval,
			@Value("${tejido.search.change-retention:7d}") Duration retention) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.vocabularies = vocabularies;
		this.changes = changes;
		this.positionFile = indexRoot.resolve(POSITION_FILE);
		this.interval = interval;
		this.retention = retention;
	}

	/**
	 * Where this node's index stands in the change log, if it was saved recently enough
	 * that the rows after it are all still kept.
	 */
	synchronized Optional<Long> savedPosition() {
		if (!Files.exists(this.positionFile)) {
			return Optional.empty();
		}
		try {
			java.util.Properties saved = new java.util.Properties();
			try (var reader = Files.newBufferedReader(this.positionFile, StandardCharsets.UTF_8)) {
				saved.load(reader);
			}
			long position = Long.parseLong(saved.getProperty("position"));
			if (!String.valueOf(INDEX_FORMAT).equals(saved.getProperty("format"))) {
				log.info("This node's search index was written in an older format; rebuilding it");
				return Optional.empty();
			}
			Instant at = Instant.parse(saved.getProperty("saved-at"));
			if (at.isBefore(this.clock.instant().minus(this.retention.dividedBy(2)))) {
				log.info("This node's search index was last brought up to date at " + at + "; rebuilding it");
				return Optional.empty();
			}
			return Optional.of(position);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Unreadable " + this.positionFile + " (" + ex.getClass().getSimpleName()
					+ "); rebuilding the index");
			return Optional.empty();
		}
	}

	/**
	 * The position to follow from after a full rebuild that starts now: before every
	 * change of the last few minutes, in case some transactions of that time were still
	 * open.
	 */
	long positionBeforeRebuild() {
		Instant since = this.clock.instant().minus(GAP_LIFETIME);
		Long recent = this.jdbc.sql("select min(seq) from node_change where changed_at >= ?")
			.param(java.sql.Timestamp.from(since))
			.query(Long.class)
			.optional()
			.orElse(null);
		if (recent != null) {
			return recent - 1;
		}
		return this.jdbc.sql("select coalesce(max(seq), 0) from node_change").query(Long.class).single();
	}

	/** Follows the change log from a position (changes after it are applied). */
	synchronized void followFrom(long position) {
		this.highest = position;
		this.gaps.clear();
		save(position);
	}

	/** Applies what other nodes changed since the last round; returns rows applied. */
	public synchronized int catchUp() {
		if (this.highest < 0) {
			return 0;
		}
		this.lastAlive = this.clock.instant();
		List<Change> fresh = afterHighest();
		List<Change> late = lateOnes();
		List<Change> all = new ArrayList<>(late);
		all.addAll(fresh);
		apply(all);
		movePast(fresh, late);
		return all.size();
	}

	/**
	 * On the way down: saves the position past this node's own latest changes, which its
	 * index holds already, so that the next start does not index them again (after a
	 * large import, the last second's resources). Other nodes' changes stay after the
	 * position, for the next start to apply.
	 */
	private void passOwnLatestChanges() {
		if (this.highest < 0) {
			return;
		}
		try {
			List<Change> read;
			List<Change> own;
			do {
				read = afterHighest();
				own = read.stream().takeWhile((change) -> change.origin().equals(this.changes.origin())).toList();
				movePast(own, List.of());
			}
			while (!own.isEmpty() && own.size() == read.size());
		}
		catch (RuntimeException ex) {
			log.warn("Could not note this node's latest changes as indexed; the next start indexes them again: "
					+ ex.getClass().getName() + ": " + ex.getMessage());
		}
	}

	private List<Change> afterHighest() {
		return this.jdbc
			.sql("select seq, kind, subject, origin from node_change where seq > ? order by seq limit "
					+ ROWS_PER_ROUND)
			.param(this.highest)
			.query(IndexFollower::change)
			.list();
	}

	/**
	 * Follows past changes read in order, noting the numbers skipped as gaps, and saves.
	 */
	private void movePast(List<Change> fresh, List<Change> late) {
		Instant now = this.clock.instant();
		for (Change change : fresh) {
			long skipped = change.seq() - this.highest - 1;
			if (skipped > 0 && skipped <= LARGEST_GAP) {
				for (long seq = this.highest + 1; seq < change.seq(); seq++) {
					this.gaps.put(seq, now);
				}
			}
			this.highest = change.seq();
		}
		late.forEach((change) -> this.gaps.remove(change.seq()));
		this.gaps.values().removeIf((noticed) -> noticed.isBefore(now.minus(GAP_LIFETIME)));
		long position = this.gaps.isEmpty() ? this.highest : this.gaps.firstKey() - 1;
		if (position != this.saved || this.savedAt.isBefore(now.minus(SAVE_AT_LEAST_EVERY))) {
			save(position);
		}
	}

	private List<Change> lateOnes() {
		if (this.gaps.isEmpty()) {
			return List.of();
		}
		List<Long> wanted = this.gaps.keySet().stream().limit(ROWS_PER_ROUND).toList();
		return this.jdbc
			.sql("select seq, kind, subject, origin from node_change where seq in ("
					+ String.join(",", wanted.stream().map((seq) -> "?").toList()) + ")")
			.params(new ArrayList<Object>(wanted))
			.query(IndexFollower::change)
			.list();
	}

	private void apply(List<Change> changes) {
		Set<UUID> resources = new HashSet<>();
		boolean vocabularies = false;
		for (Change change : changes) {
			if (change.origin().equals(this.changes.origin())) {
				continue;
			}
			if (NodeChanges.RESOURCE.equals(change.kind()) && change.subject() != null) {
				resources.add(change.subject());
			}
			else if (NodeChanges.VOCABULARY.equals(change.kind())) {
				vocabularies = true;
			}
		}
		if (vocabularies) {
			this.vocabularies.reload();
		}
		List<UUID> ids = new ArrayList<>(resources);
		for (int from = 0; from < ids.size(); from += 200) {
			reindex(ids.subList(from, Math.min(ids.size(), from + 200)));
			this.lastAlive = this.clock.instant();
		}
	}

	private void reindex(List<UUID> ids) {
		this.transactions.executeWithoutResult((status) -> {
			List<Resource> found = this.entityManager
				.createQuery("select r from Resource r where r.id in :ids", Resource.class)
				.setParameter("ids", ids)
				.getResultList();
			SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
			Set<UUID> gone = new HashSet<>(ids);
			for (Resource resource : found) {
				plan.addOrUpdate(resource);
				gone.remove(resource.id().value());
			}
			gone.forEach((id) -> plan.purge(Resource.class, id, null));
			plan.execute();
		});
	}

	/**
	 * When this node last read the change log or finished a batch of re-indexing: a node
	 * whose follower is stuck (its database unreachable) serves a search that grows
	 * stale.
	 */
	Instant lastAlive() {
		return this.lastAlive;
	}

	private void save(long position) {
		Instant now = this.clock.instant();
		try {
			Files.createDirectories(this.positionFile.getParent());
			Path temporary = Files.createTempFile(this.positionFile.getParent(), "position-", ".tmp");
			Files.writeString(temporary,
					"position=" + position + "\nsaved-at=" + now + "\nformat=" + INDEX_FORMAT + "\n",
					StandardCharsets.UTF_8);
			Files.move(temporary, this.positionFile, StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
			this.saved = position;
			this.savedAt = now;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Change change(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		return new Change(row.getLong(1), row.getString(2), row.getObject(3, UUID.class), row.getObject(4, UUID.class));
	}

	@Override
	public synchronized void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "search-follower");
			thread.setDaemon(true);
			return thread;
		});
		long every = Math.max(100, this.interval.toMillis());
		executor.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
		this.rounds = executor;
	}

	private void round() {
		try {
			catchUp();
		}
		catch (RuntimeException ex) {
			log.warn("Following the change log failed, trying again: " + ex.getClass().getName() + ": "
					+ ex.getMessage());
		}
	}

	@Override
	public synchronized void stop() {
		if (this.rounds != null) {
			this.rounds.shutdownNow();
			this.rounds = null;
			passOwnLatestChanges();
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.rounds != null;
	}

	private record Change(long seq, String kind, @Nullable UUID subject, UUID origin) {
	}

}
