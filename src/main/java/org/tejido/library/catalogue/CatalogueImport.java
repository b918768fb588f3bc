package org.tejido.library.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.library.LibrarySettings;
import org.tejido.library.ResourcePublished;
import org.tejido.library.files.FileInspector;
import org.tejido.library.files.FileStore;
import org.tejido.library.files.StoredFile;
import org.tejido.library.search.SearchIndex;

/**
 * Brings a catalogue into the library. Every row is checked completely before anything is
 * written; a rejected row writes nothing, and is reported with its reasons. Rows are
 * matched to existing resources by slug, so importing the same catalogue twice never
 * duplicates.
 */
@Service
public class CatalogueImport {

	private static final int ROWS_PER_TRANSACTION = 250;

	private final Resources resources;

	private final RowChecker checker;

	private final FileStore store;

	private final FileInspector inspector;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final LibrarySettings settings;

	private final Clock clock;

	/**
	 * Imports that write at least this many resources merge the search index afterwards.
	 */
	private static final int COMPACT_FROM_ROWS = 1000;

	private final SearchIndex index;

	CatalogueImport(Resources resources, RowChecker checker, FileStore store, FileInspector inspector,
			TransactionTemplate transactions, ApplicationEventPublisher events, LibrarySettings settings,
			SearchIndex index) {
		this.index = index;
		this.resources = resources;
		this.checker = checker;
		this.store = store;
		this.inspector = inspector;
		this.transactions = transactions;
		this.events = events;
		this.settings = settings;
		this.clock = Clock.systemUTC();
	}

	public ImportReport run(List<CatalogueRow> rows, BundleFiles bundle, boolean dryRun) {
		return run(RowSource.of(rows), bundle, dryRun);
	}

	/**
	 * Imports a catalogue read twice as a stream: the first pass checks every row and
	 * keeps only what was rejected (so a file that turns out unreadable halfway writes
	 * nothing); the second writes the accepted rows a few hundred at a time. Memory stays
	 * small whatever the file's size.
	 */
	public ImportReport run(RowSource source, BundleFiles bundle, boolean dryRun) {
		Set<String> slugs = new HashSet<>();
		List<RowCheck> rejected = new ArrayList<>();
		BitSet accepted = new BitSet();
		try (Stream<CatalogueRow> rows = source.open()) {
			rows.forEach((row) -> {
				RowCheck check = checkOne(row, bundle, slugs);
				if (check.accepted()) {
					accepted.set(row.number());
				}
				else {
					rejected.add(check);
				}
			});
		}
		Counts counts = new Counts();
		Map<String, StoredFile> storedByName = new HashMap<>();
		List<ResourceDraft> chunk = new ArrayList<>();
		try (Stream<CatalogueRow> rows = source.open()) {
			rows.filter((row) -> accepted.get(row.number())).forEach((row) -> {
				chunk.add(Objects.requireNonNull(this.checker.check(row).draft()));
				if (chunk.size() == ROWS_PER_TRANSACTION) {
					handle(chunk, bundle, dryRun, counts, storedByName);
				}
			});
		}
		handle(chunk, bundle, dryRun, counts, storedByName);
		if (!dryRun && counts.created.size() + counts.updated.size() >= COMPACT_FROM_ROWS) {
			this.index.compact();
		}
		return new ImportReport(dryRun, List.copyOf(counts.created), List.copyOf(counts.updated), counts.unchanged,
				List.copyOf(rejected));
	}

	private void handle(List<ResourceDraft> chunk, BundleFiles bundle, boolean dryRun, Counts counts,
			Map<String, StoredFile> storedByName) {
		if (chunk.isEmpty()) {
			return;
		}
		if (dryRun) {
			preview(chunk, counts);
		}
		else {
			write(chunk, bundle, counts, storedByName);
		}
		chunk.clear();
	}

	/**
	 * Publishes one checked draft as a new resource, under a slug no other resource has,
	 * with files already in the store.
	 */
	public Resource publishNew(ResourceDraft draft, List<StoredFile> files) {
		return this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			Resource resource = numbered(new Resource(draft.withSlug(freeSlug(draft.slug())), now));
			files.forEach((file) -> resource.attach(file, now));
			Resource saved = this.resources.save(resource);
			this.events.publishEvent(new ResourcePublished(saved.id()));
			return saved;
		});
	}

	private String freeSlug(String wanted) {
		String slug = wanted;
		for (int n = 2; this.resources.findBySlug(slug).isPresent(); n++) {
			slug = wanted + "-" + n;
		}
		return slug;
	}

	private RowCheck checkOne(CatalogueRow row, BundleFiles bundle, Set<String> slugs) {
		RowCheck check = this.checker.check(row);
		List<Problem> problems = new ArrayList<>(check.problems());
		if (check.draft() != null) {
			if (!slugs.add(check.draft().slug())) {
				problems.add(Problem.of("slug", "import.duplicate-slug", check.draft().slug()));
			}
			check.draft().files().forEach((name) -> checkFile(name, bundle).ifPresent(problems::add));
		}
		return problems.isEmpty() ? check : new RowCheck(row, null, List.copyOf(problems));
	}

	private Optional<Problem> checkFile(String name, BundleFiles bundle) {
		Optional<Path> file = bundle.find(name);
		if (file.isEmpty()) {
			return Optional.of(Problem.of("files", "import.missing-file", name));
		}
		try {
			if (Files.size(file.get()) > this.settings.maxFileSize().toBytes()) {
				return Optional
					.of(Problem.of("files", "import.file-too-large", name, this.settings.maxFileSize().toMegabytes()));
			}
			String mediaType = this.inspector.mediaTypeOf(file.get());
			return this.inspector.isAllowed(mediaType) ? Optional.empty()
					: Optional.of(Problem.of("files", "import.file-type", name, mediaType));
		}
		catch (IOException ex) {
			return Optional.of(Problem.of("files", "import.missing-file", name));
		}
	}

	private void preview(List<ResourceDraft> drafts, Counts counts) {
		this.transactions.executeWithoutResult((status) -> drafts.forEach((draft) -> counts.add(draft.slug(),
				this.resources.findBySlug(draft.slug())
					.map((existing) -> existing.describedAs().equals(draft.withoutFiles()) ? Outcome.UNCHANGED
							: Outcome.UPDATED)
					.orElse(Outcome.CREATED))));
	}

	private void write(List<ResourceDraft> drafts, BundleFiles bundle, Counts counts,
			Map<String, StoredFile> storedByName) {
		this.transactions.executeWithoutResult((status) -> {
			forgetNewFilesOnRollback();
			drafts.forEach((draft) -> counts.add(draft.slug(), upsert(draft, bundle, storedByName)));
		});
	}

	/**
	 * Gives a new resource the next number; the query flushes the resources created
	 * before it in the same transaction, so each one of an import gets its own.
	 */
	private Resource numbered(Resource resource) {
		resource.numbered(this.resources.nextShortCode());
		return resource;
	}

	private Outcome upsert(ResourceDraft draft, BundleFiles bundle, Map<String, StoredFile> storedByName) {
		Instant now = this.clock.instant();
		Optional<Resource> existing = this.resources.findBySlug(draft.slug());
		Resource resource = existing.orElseGet(() -> numbered(new Resource(draft, now)));
		boolean changed = existing.isEmpty() || resource.apply(draft, now);
		int filesBefore = resource.files().size();
		draft.files()
			.forEach((name) -> resource.attach(storedByName.computeIfAbsent(name, (key) -> store(key, bundle)), now));
		changed |= resource.files().size() != filesBefore;
		if (!changed) {
			return Outcome.UNCHANGED;
		}
		this.resources.save(resource);
		if (existing.isEmpty()) {
			this.events.publishEvent(new ResourcePublished(resource.id()));
			return Outcome.CREATED;
		}
		return Outcome.UPDATED;
	}

	private StoredFile store(String name, BundleFiles bundle) {
		Path source = bundle.find(name).orElseThrow();
		try (InputStream in = Files.newInputStream(source)) {
			FileStore.Received received = this.store.receive(in, this.settings.maxFileSize().toBytes());
			String mediaType = this.inspector.mediaTypeOf(received.path());
			String text = this.inspector.textOf(received.path(), mediaType);
			if (this.store.keep(received)) {
				newFiles().add(received.sha256());
			}
			return new StoredFile(fileNameOf(name), mediaType, received.size(), received.sha256(), text,
					this.clock.instant());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void forgetNewFilesOnRollback() {
		Set<String> added = new HashSet<>();
		TransactionSynchronizationManager.bindResource(this, added);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResource(CatalogueImport.this);
				if (status != STATUS_COMMITTED) {
					added.forEach(CatalogueImport.this.store::forget);
				}
			}
		});
	}

	@SuppressWarnings("unchecked")
	private Set<String> newFiles() {
		return (Set<String>) TransactionSynchronizationManager.getResource(this);
	}

	private static String fileNameOf(String name) {
		String base = name.substring(name.lastIndexOf('/') + 1);
		return base.isBlank() ? "file" : base;
	}

	private enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	private static final class Counts {

		final List<String> created = new ArrayList<>();

		final List<String> updated = new ArrayList<>();

		int unchanged;

		void add(String slug, Outcome outcome) {
			switch (outcome) {
				case CREATED -> this.created.add(slug);
				case UPDATED -> this.updated.add(slug);
				case UNCHANGED -> this.unchanged++;
			}
		}

	}

}
