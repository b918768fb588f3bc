package org.tejido.territory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.site.Lang;
import org.tejido.site.Texts;
import org.tejido.territory.FieldObservations;
import org.tejido.territory.PlaceRef;
import org.tejido.territory.TerritoryPlaces;

/**
 * Observations as the early-warning network sees them: found for an alert, linked to the
 * alert raised from them, and recorded from an SMS that starts with an observation
 * keyword. An SMS that names no known place and gives no coordinates is still recorded,
 * without a place, and the reply says so and names places the sender may use.
 */
@Service
class SmsObservations implements FieldObservations {

	private final FieldLog log;

	private final ObservationViews views;

	private final Observations observations;

	private final TerritoryPlaces places;

	private final Texts texts;

	private final PatrolDesk patrols;

	SmsObservations(FieldLog log, ObservationViews views, Observations observations, TerritoryPlaces places,
			Texts texts, PatrolDesk patrols) {
		this.patrols = patrols;
		this.log = log;
		this.views = views;
		this.observations = observations;
		this.places = places;
		this.texts = texts;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Observed> find(Membership membership, UUID observation) {
		return this.views.find(membership, observation)
			.map((view) -> new Observed(view.id(), view.category(), view.text(), view.observedAt(), view.place(),
					view.latitude(), view.longitude(), view.alert()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recent> recent(Membership membership, int limit) {
		if (membership.isAlly()) {
			return List.of();
		}
		return this.views.of(membership).stream().limit(limit).map((view) -> {
			String text = view.text().strip();
			String summary = (text.length() > 140) ? text.substring(0, 139) + "…" : text;
			return new Recent(view.id(), view.code(), view.category(), view.observedAt(), summary);
		}).toList();
	}

	@Override
	@Transactional
	public void alertRaised(UUID collective, UUID observation, UUID alert) {
		this.observations.findByCollectiveIdAndId(collective, observation)
			.ifPresent((found) -> found.alertRaised(alert));
	}

	@Override
	@Transactional
	public Optional<String> fromSms(Membership sender, String lang, String text) {
		Optional<SmsObservationReading.Read> read = SmsObservationReading.read(text);
		if (read.isEmpty()) {
			return Optional.empty();
		}
		Lang language = Lang.fromCode(lang).orElse(Lang.FALLBACK);
		SmsObservationReading.Read observation = read.get();
		Optional<PlaceRef> place = observation.hasPosition() ? Optional.empty()
				: this.places.mentionedIn(sender, observation.text());
		String position = observation.hasPosition() ? Positions.kept(observation.latitude(), observation.longitude())
				: "";
		Sighting sighting = new Sighting(observation.category(), java.time.Instant.now(),
				place.map(PlaceRef::id).orElse(null), position, observation.text(),
				this.patrols.walkingToday(sender.collective(), sender.member()).orElse(null), null);
		UUID id = this.log.record(sender.collective(), sender.member(), sighting, "sms", List.of());
		String code = this.log.code(sender.collective(), id);
		if (place.isEmpty() && position.isEmpty()) {
			return Optional.of(this.texts.get(language, "territory.obs.sms-no-place", code, placeNames(sender)));
		}
		return Optional.of(this.texts.get(language, "territory.obs.sms-recorded", code,
				place.map(PlaceRef::name).orElse(position)));
	}

	private String placeNames(Membership sender) {
		return this.places.visibleTo(sender).stream().limit(3).map(PlaceRef::name).collect(Collectors.joining(", "));
	}

}
