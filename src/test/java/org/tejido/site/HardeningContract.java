package org.tejido.site;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.tejido.accounts.Role;
import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.support.Browser;
import org.tejido.support.Curators;
import org.tejido.support.Http;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker's walk through the site found, closed: answers to broken input are
 * short and cost nothing to store.
 */
public interface HardeningContract extends RunningTejido {

	AccountRegistry registry();

	@Test
	default void hardeningTheFooterOffersTheAccountToSomeoneSignedIn() {
		String email = Curators.unique("reader");
		registry().open(email, "Reader", Curators.PASSWORD, Role.CONTRIBUTOR);
		Browser reader = new Browser(http());
		assertThat(reader.get("/en/library").body()).contains(">Sign in</a></p>");
		Curators.signIn(reader, "en", email, Curators.PASSWORD);
		assertThat(reader.get("/en/library").body()).contains(">Your account</a></p>")
			.doesNotContain(">Sign in</a></p>");
	}

	@Test
	default void hardeningSuccessfulSignInsDoNotCountTowardsTheLimit() {
		String email = Curators.unique("regular");
		registry().open(email, "Regular", Curators.PASSWORD, Role.CONTRIBUTOR);
		for (int i = 0; i < 8; i++) {
			assertThat(Curators.signIn(new Browser(http()), "en", email, Curators.PASSWORD)
				.headers()
				.firstValue("Location")).as("sign-in " + (i + 1))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/en/account"));
		}
	}

	@Test
	default void hardeningAStrangersWrongGuessesSlowTheStrangerButNeverLockOutTheOwner() {
		String email = Curators.unique("coordinator");
		registry().open(email, "Coordinator", Curators.PASSWORD, Role.CONTRIBUTOR);
		Http elsewhere = new Http(http().port(), "127.0.0.2");
		for (int i = 0; i < 8; i++) {
			Curators.signIn(new Browser(elsewhere), "en", email, "wrong guess " + i);
		}
		assertThat(Curators.signIn(new Browser(elsewhere), "en", email, Curators.PASSWORD)
			.headers()
			.firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/en/sign-in?error=throttled"));
		assertThat(
				Curators.signIn(new Browser(http()), "en", email, Curators.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/en/account"));
	}

	@Test
	default void hardeningKeepsTheDatabaseKeysAndFilesPrivateToTheServiceAccount() throws Exception {
		assertThat(Files.getPosixFilePermissions(dataDir())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
		try (Stream<Path> tree = Files.walk(dataDir())) {
			List<Path> all = tree.toList();
			assertThat(all).filteredOn((path) -> path.endsWith("master-aead.json")).isNotEmpty();
			for (Path path : all) {
				String wanted = Files.isDirectory(path) ? "rwx------" : "rw-------";
				if (path.toString().endsWith(".mv.db") || path.toString().contains("/keys")) {
					assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
						.isEqualTo(wanted);
				}
			}
		}
	}

	@Test
	default void hardeningAnswersInvalidUtf8WithABadRequestAndNoStackTrace() {
		ListAppender<ILoggingEvent> logged = listening();
		try {
			for (String path : List.of("/en/library?q=%FF", "/en/sign-in?error=%FF", "/es/library?q=a%C3")) {
				HttpResponse<String> page = http().get(path);
				assertThat(page.statusCode()).as(path).isEqualTo(400);
				assertThat(page.body()).as(path).contains("<html lang=\"" + path.substring(1, 3) + "\">");
			}
			HttpResponse<String> api = http().get("/api/v1/resources?to=%ff");
			assertThat(api.statusCode()).isEqualTo(400);
			assertThat(api.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
			HttpResponse<String> form = http().post("/en/library/mapeo-comapeo/useful",
					"q=%FF".getBytes(StandardCharsets.US_ASCII), "Content-Type", "application/x-www-form-urlencoded");
			assertThat(form.statusCode()).isEqualTo(400);
		}
		finally {
			root().detachAppender(logged);
		}
		assertThat(logged.list).allSatisfy((event) -> assertThat(event.getThrowableProxy()).isNull());
		assertThat(logged.list.stream().mapToInt((event) -> event.getFormattedMessage().length()).sum())
			.isLessThan(5 * 200);
	}

	private static ListAppender<ILoggingEvent> listening() {
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		root().addAppender(appender);
		return appender;
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
