package org.tejido.warning.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Sealed;
import org.tejido.collectives.CollectivePeople;
import org.tejido.collectives.CollectivePeople.Person;
import org.tejido.collectives.Membership;
import org.tejido.messaging.Delivery;
import org.tejido.messaging.Outbox;

/**
 * Alerts as their pages show them: the list, and one alert with its timeline, merged with
 * what every gateway and handset reported for each message.
 */
@Service
public class AlertViews {

	private static final Pattern KEY = Pattern
		.compile("alert:[^:]+:(step:(\\d+)|update:(\\d+)|closed|confirm)(?::member:([^:]+):(\\w+))?(?::reply)?");

	private final Alerts alerts;

	private final Timeline timeline;

	private final AlertDesk desk;

	private final Protocols protocols;

	private final CollectivePeople people;

	private final Outbox outbox;

	AlertViews(Alerts alerts, Timeline timeline, AlertDesk desk, Protocols protocols, CollectivePeople people,
			Outbox outbox) {
		this.alerts = alerts;
		this.timeline = timeline;
		this.desk = desk;
		this.protocols = protocols;
		this.people = people;
		this.outbox = outbox;
	}

	/** An alert, opened. */
	public record AlertView(UUID id, String code, String category, String severity, String source, String place,
			String position, Instant occurredAt, Instant reportedAt, String text, String reporter, int step, int tiers,
			boolean held, boolean open, @Nullable Instant acknowledgedAt, String acknowledgedBy,
			@Nullable UUID observation) {
	}

	/** An alert as the list shows it: nothing sealed is opened for it. */
	public record AlertSummary(UUID id, String code, String category, String severity, Instant reportedAt, int step,
			int tiers, boolean open, boolean acknowledged) {
	}

	/**
	 * One alert's page: the alert, its timeline and, for coordinators, its messages.
	 */
	public record AlertPage(AlertView alert, List<Moment> timeline, List<Sent> sent) {
	}

	/** Something that happened to an alert. */
	public record Moment(Instant at, String kind, String who, @Nullable Integer step, String detail) {
	}

	/** What became of one message of an alert. */
	public record Sent(String what, @Nullable Integer step, String who, String channel, String status, int attempts,
			String gatewayAnswer, Instant at) {
	}

	/** The collective's alerts, newest first; the protocols are read once for all. */
	@Transactional(readOnly = true)
	public List<AlertSummary> of(Membership viewer) {
		Map<UUID, Integer> tiersByProtocol = this.protocols.findByCollectiveIdOrderByCreatedAt(viewer.collective())
			.stream()
			.collect(Collectors.toMap(Protocol::id, (protocol) -> protocol.tiers().size()));
		return this.alerts.findByCollectiveIdOrderByReportedAtDesc(viewer.collective())
			.stream()
			.map((alert) -> new AlertSummary(alert.id(), alert.code(), alert.category().code(), alert.severity().code(),
					alert.reportedAt(), alert.step(), tiers(tiersByProtocol, alert.protocolId()), alert.isOpen(),
					alert.acknowledgedAt() != null))
			.toList();
	}

	/**
	 * One alert with its timeline, and its messages when the viewer coordinates; the
	 * collective's people are opened once for all three.
	 */
	@Transactional(readOnly = true)
	public AlertPage page(Membership viewer, UUID id) {
		Alert alert = this.desk.find(viewer.collective(), id);
		Map<UUID, String> names = names(viewer.collective());
		Sealed sealing = this.desk.sealing(viewer.collective());
		List<Moment> timeline = this.timeline.findByAlertIdOrderByAtAscIdAsc(alert.id())
			.stream()
			.map((entry) -> new Moment(entry.at(), entry.kind(), name(names, entry.memberId()), entry.step(),
					entry.detail(sealing)))
			.toList();
		List<Sent> sent = viewer.isCoordinator() ? this.outbox.deliveries("alert:" + alert.id() + ":")
			.stream()
			.map((delivery) -> sent(delivery, names))
			.toList() : List.of();
		return new AlertPage(view(alert, sealing, names), timeline, sent);
	}

	/**
	 * An alert with no protocol, or one whose protocol lost its tiers, tells the
	 * coordinators: one tier.
	 */
	private static int tiers(Map<UUID, Integer> tiersByProtocol, @Nullable UUID protocol) {
		int tiers = (protocol != null) ? tiersByProtocol.getOrDefault(protocol, 0) : 0;
		return Math.max(tiers, 1);
	}

	private static Sent sent(Delivery delivery, Map<UUID, String> names) {
		Matcher key = KEY.matcher(delivery.key());
		String what = "alert";
		Integer step = null;
		String who = "";
		if (key.matches()) {
			what = key.group(1).replaceAll(":.*", "");
			step = (key.group(2) != null) ? Integer.valueOf(key.group(2)) : null;
			who = (key.group(4) != null) ? name(names, UUID.fromString(key.group(4))) : "";
		}
		String answer = delivery.gatewayAnswer();
		return new Sent(what, step, who, delivery.channel().code(),
				delivery.status().name().toLowerCase(java.util.Locale.ROOT), delivery.attempts(),
				(answer != null) ? answer : "", delivery.updatedAt());
	}

	private AlertView view(Alert alert, Sealed sealing, Map<UUID, String> names) {
		return new AlertView(alert.id(), alert.code(), alert.category().code(), alert.severity().code(),
				alert.source().code(), alert.place(sealing), alert.position(sealing), alert.occurredAt(),
				alert.reportedAt(), alert.text(sealing), name(names, alert.reporterId()), alert.step(),
				this.desk.tiersOf(alert).size(), alert.held(), alert.isOpen(), alert.acknowledgedAt(),
				name(names, alert.acknowledgedBy()), alert.observationId());
	}

	private Map<UUID, String> names(UUID collective) {
		return this.people.of(collective).stream().collect(Collectors.toMap(Person::member, Person::name));
	}

	private static String name(Map<UUID, String> names, @Nullable UUID member) {
		return (member == null) ? "" : names.getOrDefault(member, "—");
	}

}
