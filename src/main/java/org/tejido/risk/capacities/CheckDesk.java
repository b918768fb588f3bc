package org.tejido.risk.capacities;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.Membership;
import org.tejido.collectives.Sealed;
import org.tejido.site.NotFound;

/**
 * Takes, reads and changes a collective's capacity checks. Coordinators and members do;
 * to allies, as to strangers, the checks are not there. One check per date.
 */
@Service
public class CheckDesk {

	/** The zone where a day begins first: a date after today there is in the future. */
	private static final ZoneOffset FIRST_TO_BEGIN = ZoneOffset.ofHours(14);

	private final CapacityChecks checks;

	private final CollectiveKeys keys;

	private final CollectiveActivity activity;

	private final AnswersJson json;

	CheckDesk(CapacityChecks checks, CollectiveKeys keys, CollectiveActivity activity, JsonMapper json) {
		this.checks = checks;
		this.keys = keys;
		this.activity = activity;
		this.json = new AnswersJson(json);
	}

	/** The latest date that has begun somewhere on Earth. */
	public static LocalDate lastDayBegun() {
		return LocalDate.now(FIRST_TO_BEGIN);
	}

	/** Every check of the collective, the oldest first. */
	@Transactional(readOnly = true)
	public List<CheckView> all(Membership membership) {
		mayRead(membership);
		Sealed sealed = this.keys.sealed(membership.collective());
		return this.checks.findByCollectiveIdOrderByTakenOnAsc(membership.collective())
			.stream()
			.map((check) -> opened(check, sealed))
			.toList();
	}

	@Transactional(readOnly = true)
	public CheckView one(Membership membership, UUID id) {
		return opened(found(membership, id), this.keys.sealed(membership.collective()));
	}

	/**
	 * @throws Invalid if the input cannot be kept
	 * @throws DateTaken if the collective has a check on that date already
	 */
	@Transactional
	public UUID take(Membership membership, CheckInput input) {
		mayRead(membership);
		CheckDraft draft = input.checked(lastDayBegun());
		freeDate(membership, draft.takenOn(), null);
		CapacityCheck check = new CapacityCheck(membership.collective(), draft.takenOn(),
				seal(membership, draft.answers()), Instant.now());
		this.checks.save(check);
		this.activity.record(membership.collective(), membership.member(), "capacities.checked", check.id());
		return check.id();
	}

	/**
	 * @param version the version the form was opened on
	 * @throws ChangedMeanwhile if the check was saved since
	 * @throws Invalid if the input cannot be kept
	 * @throws DateTaken if the new date is that of another check
	 */
	@Transactional
	public void change(Membership membership, UUID id, long version, CheckInput input) {
		CapacityCheck check = found(membership, id);
		CheckDraft draft = input.checked(lastDayBegun());
		if (check.version() != version) {
			throw new ChangedMeanwhile();
		}
		freeDate(membership, draft.takenOn(), id);
		check.change(draft.takenOn(), seal(membership, draft.answers()), Instant.now());
		this.activity.record(membership.collective(), membership.member(), "capacities.changed", id);
	}

	private void freeDate(Membership membership, LocalDate date, @Nullable UUID self) {
		this.checks.findByCollectiveIdAndTakenOn(membership.collective(), date)
			.filter((other) -> !other.id().equals(self))
			.ifPresent((other) -> {
				throw new DateTaken(other.id(), date.toString());
			});
	}

	private CapacityCheck found(Membership membership, UUID id) {
		mayRead(membership);
		return this.checks.findByCollectiveIdAndId(membership.collective(), id).orElseThrow(NotFound::new);
	}

	private byte[] seal(Membership membership, CheckAnswers answers) {
		byte[] sealed = this.keys.sealed(membership.collective())
			.seal(CapacityCheck.SEALED_FIELD, this.json.write(answers));
		if (sealed == null) {
			throw new IllegalStateException("answers are never empty");
		}
		return sealed;
	}

	private CheckView opened(CapacityCheck check, Sealed sealed) {
		return new CheckView(check.id(), check.takenOn(), check.version(),
				this.json.read(sealed.open(CapacityCheck.SEALED_FIELD, check.sealedAnswers())));
	}

	/**
	 * Lets coordinators and members through; the checks are the collective's own, and to
	 * an ally they are not there.
	 * @throws NotFound for an ally
	 */
	public static void mayRead(Membership membership) {
		if (membership.isAlly()) {
			throw new NotFound();
		}
	}

}
