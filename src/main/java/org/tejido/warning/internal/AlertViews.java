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
		.compile("alert:[^:]+:(step:(\\d+)|update:(\\d+)|closed|confirm)(?::member:([^:]+):(\\w+))?");

	private final Alerts alerts;

	private final Timeline timeline;

	private final AlertDesk desk;

	private final CollectivePeople people;

	private final Outbox outbox;

	AlertViews(Alerts alerts, Timeline timeline, AlertDesk desk, CollectivePeople people, Outbox outbox) {
		this.alerts = alerts;
		this.timeline = timeline;
		this.desk = desk;
		this.people = people;
		this.outbox = outbox;
	}

	/** An alert, opened. */
	public record AlertView(UUID id, String code, String category, String severity, String source, String place,
			String position, Instant occurredAt, Instant reportedAt, String text, String reporter, int step, int tiers,
			boolean held, boolean open, @Nullable Instant acknowledgedAt, String acknowledgedBy) {
	}

	/** Something that happened to an alert. */
	public record Moment(Instant at, String kind, String who, @Nullable Integer step, String detail) {
	}

	/** What became of one message of an alert. */
	public record Sent(String what, @Nullable Integer step, String who, String channel, String status, int attempts,
			String gatewayAnswer, Instant at) {
	}

	@Transactional(readOnly = true)
	public List<AlertView> of(Membership viewer) {
		Map<UUID, String> names = names(viewer.collective());
		return this.alerts.findByCollectiveIdOrderByReportedAtDesc(viewer.collective())
			.stream()
			.map((alert) -> view(alert, names))
			.toList();
	}

	@Transactional(readOnly = true)
	public AlertView alert(Membership viewer, UUID id) {
		return view(this.desk.find(viewer.collective(), id), names(viewer.collective()));
	}

	@Transactional(readOnly = true)
	public List<Moment> timeline(Membership viewer, UUID id) {
		Alert alert = this.desk.find(viewer.collective(), id);
		Map<UUID, String> names = names(viewer.collective());
		Sealing sealing = this.desk.sealing(viewer.collective());
		return this.timeline.findByAlertIdOrderByAtAscIdAsc(alert.id())
			.stream()
			.map((entry) -> new Moment(entry.at(), entry.kind(), name(names, entry.memberId()), entry.step(),
					entry.detail(sealing)))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Sent> deliveries(Membership viewer, UUID id) {
		Alert alert = this.desk.find(viewer.collective(), id);
		Map<UUID, String> names = names(viewer.collective());
		return this.outbox.deliveries("alert:" + alert.id() + ":")
			.stream()
			.map((delivery) -> sent(delivery, names))
			.toList();
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

	private AlertView view(Alert alert, Map<UUID, String> names) {
		Sealing sealing = this.desk.sealing(alert.collectiveId());
		return new AlertView(alert.id(), alert.code(), alert.category().code(), alert.severity().code(),
				alert.source().code(), alert.place(sealing), alert.position(sealing), alert.occurredAt(),
				alert.reportedAt(), alert.text(sealing), name(names, alert.reporterId()), alert.step(),
				this.desk.tiersOf(alert).size(), alert.held(), alert.isOpen(), alert.acknowledgedAt(),
				name(names, alert.acknowledgedBy()));
	}

	private Map<UUID, String> names(UUID collective) {
		return this.people.of(collective).stream().collect(Collectors.toMap(Person::member, Person::name));
	}

	private static String name(Map<UUID, String> names, @Nullable UUID member) {
		return (member == null) ? "" : names.getOrDefault(member, "—");
	}

}
