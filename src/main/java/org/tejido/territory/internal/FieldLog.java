package org.tejido.territory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.CollectiveKeys;
import org.tejido.evidence.EvidenceLocker;
import org.tejido.territory.ObservationRecorded;

/**
 * Records observations of a collective's territory, however they come in (web form, SMS,
 * import, the result of a ground-truthing task), with their files sealed as evidence in
 * the same transaction: an observation whose file is refused is not kept either.
 */
@Service
public class FieldLog {

	private final Observations observations;

	private final CollectiveKeys keys;

	private final EvidenceLocker evidence;

	private final CollectiveActivity activity;

	private final ApplicationEventPublisher events;

	FieldLog(Observations observations, CollectiveKeys keys, EvidenceLocker evidence, CollectiveActivity activity,
			ApplicationEventPublisher events) {
		this.observations = observations;
		this.keys = keys;
		this.evidence = evidence;
		this.activity = activity;
		this.events = events;
	}

	/** A file sent with an observation. */
	public interface Attachment {

		String fileName();

		InputStream open() throws IOException;

	}

	/**
	 * Keeps an observation and seals its files; gives its id.
	 * @param source how it came in: web, sms, import or task
	 */
	@Transactional
	public UUID record(UUID collective, @Nullable UUID reporter, Sighting sighting, String source,
			List<? extends Attachment> files) {
		Observation observation = new Observation(collective, newCode(collective), sighting, source, reporter,
				this.keys.sealed(collective), Instant.now());
		observation.attach(sealed(collective, reporter, files));
		this.observations.save(observation);
		this.activity.record(collective, reporter, "territory.observation-recorded", observation.id());
		this.events.publishEvent(new ObservationRecorded(collective, observation.id()));
		return observation.id();
	}

	/** Records several observations at once: all of them, or none. */
	@Transactional
	public List<UUID> recordAll(UUID collective, @Nullable UUID reporter, List<Sighting> sightings, String source) {
		List<UUID> ids = new ArrayList<>();
		for (Sighting sighting : sightings) {
			ids.add(record(collective, reporter, sighting, source, List.of()));
		}
		return ids;
	}

	/** The short code by which an observation is named in SMS, e.g. {@code 4821}. */
	@Transactional(readOnly = true)
	public String code(UUID collective, UUID observation) {
		return this.observations.findByCollectiveIdAndId(collective, observation).orElseThrow().code();
	}

	private List<UUID> sealed(UUID collective, @Nullable UUID reporter, List<? extends Attachment> files) {
		List<UUID> items = new ArrayList<>();
		for (Attachment file : files) {
			try (InputStream content = file.open()) {
				items.add(this.evidence.seal(collective, reporter, file.fileName(), content).id());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return items;
	}

	private String newCode(UUID collective) {
		for (int digits = 4;; digits++) {
			for (int attempt = 0; attempt < 20; attempt++) {
				String code = String.valueOf(ThreadLocalRandom.current()
					.nextInt((int) Math.pow(10, digits - 1), (int) Math.pow(10, digits)));
				if (!this.observations.existsByCollectiveIdAndCode(collective, code)) {
					return code;
				}
			}
		}
	}

}
