package org.tejido.risk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.CollectivePeople;
import org.tejido.collectives.Membership;
import org.tejido.collectives.Sealed;
import org.tejido.risk.ThreatSources.Source;
import org.tejido.site.NotFound;
import org.tejido.site.Refused;

/**
 * A collective's risk assessments: who may read them (only the members chosen as readers;
 * anyone else is told they do not exist), who may change them (coordinators among the
 * readers), and every change, each made on the version the person saw and recorded in the
 * activity chain. Only the latest review of an assessment changes; starting a new review
 * copies it, leaving the old one as it was.
 */
@Service
public class Assessments {

	private final AssessmentRows rows;

	private final Reviews reviews;

	private final CollectiveKeys keys;

	private final CollectiveActivity activity;

	private final CollectivePeople people;

	private final ContentSeal content;

	private final ThreatFacts facts;

	Assessments(AssessmentRows rows, Reviews reviews, CollectiveKeys keys, CollectiveActivity activity,
			CollectivePeople people, ContentSeal content, ThreatFacts facts) {
		this.rows = rows;
		this.reviews = reviews;
		this.keys = keys;
		this.activity = activity;
		this.people = people;
		this.content = content;
		this.facts = facts;
	}

	/** The assessments this member may read, the most recently reviewed first. */
	@Transactional(readOnly = true)
	public List<AssessmentView> readable(Membership membership) {
		Sealed sealing = this.keys.sealed(membership.collective());
		return this.rows.findByCollectiveId(membership.collective())
			.stream()
			.filter((assessment) -> assessment.readableBy(membership.member()))
			.map((assessment) -> view(assessment, sealing))
			.sorted(Comparator.comparing((AssessmentView view) -> view.latest().heldOn())
				.thenComparing(AssessmentView::title)
				.reversed())
			.toList();
	}

	/** An assessment, if this member may read it; callers answer 404 when empty. */
	@Transactional(readOnly = true)
	public Optional<AssessmentView> readable(Membership membership, UUID assessment) {
		return found(membership, assessment).map((found) -> view(found, this.keys.sealed(membership.collective())));
	}

	/** Whether this member may change the assessment: a coordinator who may read it. */
	@Transactional(readOnly = true)
	public boolean mayEdit(Membership membership, UUID assessment) {
		return membership.isCoordinator() && found(membership, assessment).isPresent();
	}

	/** Every review of an assessment this member may read, the latest first. */
	@Transactional(readOnly = true)
	public List<ReviewView> reviews(Membership membership, UUID assessment) {
		Assessment found = found(membership, assessment).orElseThrow(NotFound::new);
		Sealed sealing = this.keys.sealed(membership.collective());
		return this.reviews.findByAssessmentIdOrderByNumberDesc(found.id())
			.stream()
			.map((review) -> opened(review, sealing))
			.toList();
	}

	/**
	 * Creates an assessment with its first review; the coordinator is always one of its
	 * readers.
	 * @throws Invalid if a setting is wrong or the review is held in the future
	 */
	@Transactional
	public UUID create(Membership coordinator, Settings settings, LocalDate heldOn) {
		mustCoordinate(coordinator);
		if (Days.inFuture(heldOn)) {
			throw new Invalid("risk.review.held-in-future");
		}
		Settings checked = proposeNext(settings, heldOn).checked();
		Sealed sealing = this.keys.sealed(coordinator.collective());
		Instant now = Instant.now();
		Assessment assessment = this.rows.save(new Assessment(coordinator.collective(),
				withReaders(checked, coordinator, checked.readers()), sealing, now));
		this.reviews.save(new Review(assessment.id(), 1, heldOn, this.content.seal(sealing, ReviewContent.empty()),
				coordinator.member(), now));
		this.activity.record(coordinator.collective(), coordinator.member(), "risk.assessment-created",
				assessment.id());
		return assessment.id();
	}

	/**
	 * @throws Stale if the assessment changed since {@code version}
	 * @throws Invalid if a setting is wrong
	 */
	@Transactional
	public void changeSettings(Membership coordinator, UUID assessment, long version, Settings settings) {
		Assessment found = editable(coordinator, assessment, version);
		Settings checked = settings.checked();
		Sealed sealing = this.keys.sealed(coordinator.collective());
		Set<UUID> before = found.settings(sealing).readers();
		Settings kept = withReaders(checked, coordinator, checked.readers());
		found.change(kept, sealing, Instant.now());
		this.activity.record(coordinator.collective(), coordinator.member(), "risk.settings-changed", assessment);
		if (!before.equals(kept.readers())) {
			this.activity.record(coordinator.collective(), coordinator.member(), "risk.readers-changed", assessment);
		}
	}

	/**
	 * Adds a threat to the latest review.
	 * @throws Stale if the assessment changed since {@code version}
	 * @throws Invalid if a step is missing (the facts) or an estimate is off the scale
	 */
	@Transactional
	public UUID addThreat(Membership coordinator, UUID assessment, long version, ThreatInput input) {
		Assessment found = editable(coordinator, assessment, version);
		Threat threat = threat(coordinator, UUID.randomUUID(), input, null);
		change(found, coordinator, (latest) -> latest.withThreat(threat));
		this.activity.record(coordinator.collective(), coordinator.member(), "risk.threat-added", threat.id());
		return threat.id();
	}

	/**
	 * Changes a threat of the latest review; vulnerabilities and capacities whose words
	 * stay keep their ids.
	 * @throws NotFound if the latest review has no such threat
	 */
	@Transactional
	public void changeThreat(Membership coordinator, UUID assessment, UUID threat, long version, ThreatInput input) {
		Assessment found = editable(coordinator, assessment, version);
		Threat before = latest(found).content().threat(threat).orElseThrow(NotFound::new);
		Threat after = threat(coordinator, threat, input, before);
		change(found, coordinator, (latest) -> latest.withThreat(after));
		this.activity.record(coordinator.collective(), coordinator.member(), "risk.threat-changed", threat);
	}

	@Transactional
	public void removeThreat(Membership coordinator, UUID assessment, UUID threat, long version) {
		Assessment found = editable(coordinator, assessment, version);
		latest(found).content().threat(threat).orElseThrow(NotFound::new);
		change(found, coordinator, (latest) -> latest.withoutThreat(threat));
		this.activity.record(coordinator.collective(), coordinator.member(), "risk.threat-removed", threat);
	}

	/**
	 * Sets the vulnerabilities and capacities of the whole collective in the latest
	 * review.
	 */
	@Transactional
	public void changeCollective(Membership coordinator, UUID assessment, long version,
			Map<Group, String> vulnerabilities, Map<Group, String> capacities) {
		Assessment found = editable(coordinator, assessment, version);
		change(found, coordinator,
				(latest) -> latest.withCollective(Items.read(latest.vulnerabilities(), vulnerabilities),
						Items.read(latest.capacities(), capacities)));
		this.activity.record(coordinator.collective(), coordinator.member(), "risk.collective-changed", assessment);
	}

	/**
	 * Starts a new review as a copy of the latest; gives its number.
	 * @param nextReviewOn the next review date, or {@code null} for the held-on date plus
	 * the rhythm
	 * @throws Invalid if it is held in the future or before the latest review, or the
	 * next review date is in the past
	 */
	@Transactional
	public int startReview(Membership coordinator, UUID assessment, long version, LocalDate heldOn,
			@Nullable LocalDate nextReviewOn) {
		Assessment found = editable(coordinator, assessment, version);
		Review latest = this.reviews.findByAssessmentIdOrderByNumberDesc(found.id()).getFirst();
		if (Days.inFuture(heldOn)) {
			throw new Invalid("risk.review.held-in-future");
		}
		if (heldOn.isBefore(latest.heldOn())) {
			throw new Invalid("risk.review.before-previous");
		}
		Sealed sealing = this.keys.sealed(coordinator.collective());
		LocalDate next = (nextReviewOn != null) ? nextReviewOn
				: later(heldOn.plusMonths(found.settings(sealing).reviewEveryMonths()));
		if (Days.inPast(next)) {
			throw new Invalid("risk.review.next-in-past");
		}
		Instant now = Instant.now();
		Review review = this.reviews.save(new Review(found.id(), latest.number() + 1, heldOn,
				this.content.seal(sealing, this.content.open(sealing, latest.sealedContent())), coordinator.member(),
				now));
		found.nextReviewOn(next, now);
		this.activity.record(coordinator.collective(), coordinator.member(), "risk.review-started", found.id());
		return review.number();
	}

	/**
	 * Adds a candidate measure to the latest review, for the plan to take up; made by
	 * code, on whatever version is current.
	 * @param origin where the suggestion comes from, for people
	 */
	@Transactional
	public UUID addCandidate(Membership coordinator, UUID assessment, String title, String origin) {
		Assessment found = editable(coordinator, assessment, null);
		Candidate candidate = new Candidate(UUID.randomUUID(), title.strip(), origin.strip());
		change(found, coordinator, (latest) -> latest.withCandidates((candidates) -> {
			candidates.add(candidate);
			return candidates;
		}));
		this.activity.record(coordinator.collective(), coordinator.member(), "risk.candidate-added", candidate.id());
		return candidate.id();
	}

	/**
	 * Takes a candidate measure out of the latest review (the plan adopted or dropped
	 * it).
	 */
	@Transactional
	public void removeCandidate(Membership coordinator, UUID assessment, UUID candidate) {
		Assessment found = editable(coordinator, assessment, null);
		change(found, coordinator, (latest) -> latest.withCandidates((candidates) -> {
			candidates.removeIf((kept) -> kept.id().equals(candidate));
			return candidates;
		}));
	}

	/**
	 * Adds a finding made elsewhere: a vulnerability of the whole collective (with where
	 * it comes from) and its suggestion as a candidate measure; a new assessment titled
	 * after the finding's source when none is given.
	 */
	@Transactional
	public UUID addFinding(Membership coordinator, @Nullable UUID assessment, String source, String vulnerability,
			String suggestion) {
		mustCoordinate(coordinator);
		UUID target = (assessment != null) ? assessment
				: create(coordinator, new Settings(title(source), "", 6, null, Set.of()), Days.today());
		Assessment found = editable(coordinator, target, null);
		String line = clip(vulnerability.strip() + " (" + source.strip() + ")");
		change(found, coordinator, (latest) -> {
			List<Item> items = new ArrayList<>(latest.vulnerabilities());
			if (items.stream().noneMatch((item) -> item.text().equals(line))) {
				items.add(new Item(UUID.randomUUID(), Group.COLLECTIVE.code(), line));
			}
			return latest.withCollective(items, latest.capacities());
		});
		this.activity.record(coordinator.collective(), coordinator.member(), "risk.finding-added", target);
		addCandidate(coordinator, target, suggestion, source);
		return target;
	}

	private static String title(String source) {
		String trimmed = source.strip();
		return (trimmed.length() > Settings.LONGEST_TITLE) ? trimmed.substring(0, Settings.LONGEST_TITLE) : trimmed;
	}

	private static String clip(String text) {
		String trimmed = text.strip();
		return (trimmed.length() > Items.LONGEST_LINE) ? trimmed.substring(0, Items.LONGEST_LINE) : trimmed;
	}

	private Threat threat(Membership coordinator, UUID id, ThreatInput input, @Nullable Threat before) {
		List<FactRef> references = this.facts.chosen(coordinator, input.facts(),
				(before != null) ? before.references() : List.of());
		input.check(!references.isEmpty());
		Optional<Source> actor = this.facts.source(coordinator, input.sourceActor());
		return new Threat(id, input.title().strip(), input.factsText().strip(), input.pattern().strip(),
				input.objective().strip(), input.source().strip(), actor.map(Source::id).orElse(null),
				actor.map(Source::name).orElse(""), input.feasibility().strip(),
				ThreatInput.scale(input.likelihood(), "risk.threat.likelihood-scale"),
				ThreatInput.scale(input.impact(), "risk.threat.impact-scale"), references,
				this.facts.places(coordinator, input.places()),
				Items.read((before != null) ? before.vulnerabilities() : List.of(), input.vulnerabilities()),
				Items.read((before != null) ? before.capacities() : List.of(), input.capacities()));
	}

	private void change(Assessment assessment, Membership coordinator,
			java.util.function.UnaryOperator<ReviewContent> change) {
		Sealed sealing = this.keys.sealed(coordinator.collective());
		Review latest = this.reviews.findByAssessmentIdOrderByNumberDesc(assessment.id()).getFirst();
		latest.content(this.content.seal(sealing, change.apply(this.content.open(sealing, latest.sealedContent()))));
		assessment.touched(Instant.now());
	}

	private Optional<Assessment> found(Membership membership, UUID assessment) {
		return this.rows.findByCollectiveIdAndId(membership.collective(), assessment)
			.filter((found) -> found.readableBy(membership.member()));
	}

	/**
	 * @param version the version the edit was made on, or {@code null} for any
	 * @throws NotFound if the member may not read it
	 * @throws Refused 403 if they may read it but do not coordinate
	 */
	private Assessment editable(Membership membership, UUID assessment, @Nullable Long version) {
		Assessment found = found(membership, assessment).orElseThrow(NotFound::new);
		mustCoordinate(membership);
		if (version != null && found.version() != version) {
			throw new Stale();
		}
		return found;
	}

	private static void mustCoordinate(Membership membership) {
		if (!membership.isCoordinator()) {
			throw new Refused(HttpStatus.FORBIDDEN, "risk.coordinators-edit");
		}
	}

	/**
	 * The readers chosen among the collective's people, and always the coordinator
	 * acting.
	 */
	private Settings withReaders(Settings settings, Membership coordinator, Set<UUID> chosen) {
		Set<UUID> people = this.people.of(coordinator.collective())
			.stream()
			.map(CollectivePeople.Person::member)
			.collect(Collectors.toSet());
		Set<UUID> readers = new HashSet<>(chosen);
		readers.retainAll(people);
		readers.add(coordinator.member());
		return new Settings(settings.title(), settings.facilitator(), settings.reviewEveryMonths(),
				settings.nextReviewOn(), Set.copyOf(readers));
	}

	private static Settings proposeNext(Settings settings, LocalDate heldOn) {
		if (settings.nextReviewOn() != null) {
			return settings;
		}
		return new Settings(settings.title(), settings.facilitator(), settings.reviewEveryMonths(),
				later(heldOn.plusMonths(Math.max(1, settings.reviewEveryMonths()))), settings.readers());
	}

	private static LocalDate later(LocalDate proposed) {
		return proposed.isBefore(Days.today()) ? Days.today() : proposed;
	}

	private ReviewView latest(Assessment assessment) {
		Sealed sealing = this.keys.sealed(assessment.collectiveId());
		return opened(this.reviews.findByAssessmentIdOrderByNumberDesc(assessment.id()).getFirst(), sealing);
	}

	private AssessmentView view(Assessment assessment, Sealed sealing) {
		List<Review> all = this.reviews.findByAssessmentIdOrderByNumberDesc(assessment.id());
		Settings settings = assessment.settings(sealing);
		return new AssessmentView(assessment.id(), settings.title(), settings.facilitator(), assessment.version(),
				settings.reviewEveryMonths(), settings.nextReviewOn(), settings.readers(),
				opened(all.getFirst(), sealing), (all.size() > 1) ? opened(all.get(1), sealing) : null,
				all.stream()
					.map((review) -> new AssessmentView.ReviewSummary(review.number(), review.heldOn()))
					.toList());
	}

	private ReviewView opened(Review review, Sealed sealing) {
		return new ReviewView(review.number(), review.heldOn(), this.content.open(sealing, review.sealedContent()));
	}

}
