package org.tejido.training;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

import org.tejido.accounts.Role;
import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.support.Browser;
import org.tejido.support.Curators;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trainings and webinars: an organiser creates one, readers see it in their time zone,
 * register, and add it to their calendar.
 */
public interface EventsContract extends RunningTejido {

	AccountRegistry registry();

	@Test
	default void aVisitorRegistersForAnEventSeenInTheirOwnTimeZone() throws Exception {
		Browser curator = curator();
		String title = "Radio training " + System.nanoTime();
		String slug = create(curator, title, "2", "on");
		Browser visitor = new Browser(http());
		String page = visitor.get("/es/events/" + slug).body();
		assertThat(page).contains(title).contains("America/Bogota").contains("Mapeo / CoMapeo");
		assertThat(visitor.get("/es/events/" + slug + "?tz=Asia/Jakarta").body()).contains("Asia/Jakarta")
			.contains(expectedDay(ZoneId.of("Asia/Jakarta")));
		visitor.get("/es/events/" + slug);
		Thread.sleep(1_100);
		HttpResponse<String> registered = visitor.submit("/es/events/" + slug + "/register", "name", "Rosa", "contact",
				"+57 300 123 4567");
		assertThat(registered.headers().firstValue("Location").orElseThrow())
			.contains("/es/events/" + slug + "?registered");
		assertThat(curator.get("/es/curate/events/" + slug + "/registrations").body()).contains("Rosa")
			.contains("+57 300 123 4567");
		assertThat(curator.get("/es/curate/events/" + slug + "/registrations.csv").body())
			.contains("Rosa,+57 300 123 4567");
		assertThat(http().get("/es/events").body()).contains(title);
		HttpResponse<byte[]> compressed = http().getBytes("/es/events/" + slug, "Accept-Encoding", "gzip");
		assertThat(compressed.body().length)
			.isLessThanOrEqualTo(org.tejido.site.SitePagesContract.FIRST_ROUND_TRIP_BYTES);
		assertThat(org.tejido.support.HtmlValidator.errorsIn(http().get("/es/events/" + slug).body())).isEmpty();
	}

	@Test
	default void aFullEventSaysSoAndTakesNoMore() throws Exception {
		String slug = create(curator(), "Small workshop " + System.nanoTime(), "1", "on");
		Browser late = new Browser(http());
		late.get("/en/events/" + slug);
		assertThat(register(slug, "First", "first@example.org").statusCode()).isEqualTo(302);
		String page = http().get("/en/events/" + slug).body();
		assertThat(page).contains("This event is full").doesNotContain("name=\"contact\"");
		HttpResponse<String> second = late.submit("/en/events/" + slug + "/register", "name", "Second", "contact",
				"second@example.org");
		assertThat(second.statusCode()).isEqualTo(422);
		assertThat(second.body()).contains("This event is full.").contains("value=\"Second\"");
	}

	@Test
	default void theSameRegistrationSentTwiceCountsOnce() throws Exception {
		Browser curator = curator();
		String slug = create(curator, "Twice workshop " + System.nanoTime(), "", "on");
		Browser visitor = new Browser(http());
		visitor.get("/en/events/" + slug);
		String form = visitor.lastPage();
		Thread.sleep(1_100);
		visitor.submit("/en/events/" + slug + "/register", "name", "Once", "contact", "once@example.org");
		Browser sameForm = new Browser(http());
		sameForm.get("/en/events/" + slug);
		String stamp = form.replaceAll("(?s).*name=\"stamp\" value=\"([^\"]+)\".*", "$1");
		sameForm.submit("/en/events/" + slug + "/register", "name", "Once", "contact", "once@example.org", "stamp",
				stamp);
		String list = curator.get("/en/curate/events/" + slug + "/registrations").body();
		assertThat(list.split("once@example.org", -1)).hasSize(2);
	}

	@Test
	default void anOpenWebinarNeedsNoRegistration() throws Exception {
		String slug = create(curator(), "Open webinar " + System.nanoTime(), "", "");
		String page = http().get("/pt/events/" + slug).body();
		assertThat(page).doesNotContain("name=\"contact\"");
		Browser crafty = new Browser(http());
		crafty.get("/pt/library/suggest");
		Thread.sleep(1_100);
		assertThat(
				crafty.submit("/pt/events/" + slug + "/register", "name", "Someone", "contact", "someone@example.org")
					.statusCode())
			.isEqualTo(422);
	}

	@Test
	default void calendarFilesAreValidICalendar() throws Exception {
		String title = "Calendar check " + System.nanoTime();
		String slug = create(curator(), title, "", "on");
		HttpResponse<String> ics = http().get("/fr/events/" + slug + ".ics");
		assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
		ValidationResult result = calendar.validate();
		assertThat(result.hasErrors()).as(result.toString()).isFalse();
		VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(title);
		assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(expectedStartUtc());
		Calendar feed = new CalendarBuilder().build(new StringReader(http().get("/fr/events.ics").body()));
		assertThat(feed.validate().hasErrors()).isFalse();
		assertThat(http().get("/fr/events.ics").body()).contains(title);
	}

	@Test
	default void badEventsAndRegistrationsAreRefusedWithReasons() throws Exception {
		Browser curator = curator();
		curator.get("/en/curate/events/new");
		HttpResponse<String> bad = curator.submit("/en/curate/events", "title", "Backwards", "starts",
				startDate() + "T10:00", "ends", startDate() + "T09:00", "time_zone", "Mars/Olympus", "format", "ONLINE",
				"link", "", "organiser", "Us", "languages", "xx", "resources", "no-such-resource");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("Mars/Olympus").contains("no-such-resource").contains("value=\"Backwards\"");
		String slug = create(curator, "Good event " + System.nanoTime(), "", "on");
		HttpResponse<String> noContact = register(slug, "Nadie", "");
		assertThat(noContact.statusCode()).isEqualTo(422);
		assertThat(noContact.body()).contains("value=\"Nadie\"");
		assertThat(http().get("/en/events/" + slug + "?tz=Nowhere/City").statusCode()).isEqualTo(400);
		assertThat(http().get("/en/events/no-such-event").statusCode()).isEqualTo(404);
		assertThat(new Browser(http()).get("/en/curate/events/new").statusCode()).isEqualTo(302);
	}

	private Browser curator() throws Exception {
		String email = Curators.unique("organiser");
		registry().open(email, "Organiser", Curators.PASSWORD, Role.CURATOR);
		Browser browser = new Browser(http());
		Curators.signInAndEnrol(browser, "en", email);
		return browser;
	}

	private String create(Browser curator, String title, String capacity, String registration) {
		curator.get("/en/curate/events/new");
		HttpResponse<String> created = curator.submit("/en/curate/events", "title", title, "description",
				"How to run a community radio.", "starts", startDate() + "T10:00", "ends", startDate() + "T12:00",
				"time_zone", "America/Bogota", "format", "RADIO", "place", "Radio Comunitaria 98.5 FM", "organiser",
				"Coalition", "capacity", capacity, "registration", registration, "languages", "es, en", "resources",
				"mapeo-comapeo");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private HttpResponse<String> register(String slug, String name, String contact) throws InterruptedException {
		Browser visitor = new Browser(http());
		visitor.get("/en/events/" + slug);
		Thread.sleep(1_100);
		return visitor.submit("/en/events/" + slug + "/register", "name", name, "contact", contact);
	}

	private static LocalDate startDate() {
		return LocalDate.now().plusDays(30);
	}

	private static Instant expectedStartUtc() {
		return startDate().atTime(10, 0).atZone(ZoneId.of("America/Bogota")).toInstant();
	}

	private static String expectedDay(ZoneId zone) {
		ZonedDateTime there = startDate().atTime(10, 0).atZone(ZoneId.of("America/Bogota")).withZoneSameInstant(zone);
		return java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
			.withLocale(java.util.Locale.forLanguageTag("es"))
			.format(there);
	}

}
