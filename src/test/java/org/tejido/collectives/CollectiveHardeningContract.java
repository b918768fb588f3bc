package org.tejido.collectives;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker's and a newcomer's walk through a collective found, closed.
 */
public interface CollectiveHardeningContract {

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	@Test
	default void hardeningRefusesAFileNameWithANulByteAndStoresNothing() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Nombre Nulo");
		HttpResponse<String> refused = coordinator.submitMultipart(uploadAction(coordinator, home), List.of(),
				"evil.txt\0.png", "hello".getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(documentsOf(home)).isZero();
	}

	@Test
	default void hardeningTheUploadFormCarriesItsCsrfTokenInTheBodyNotTheAddress() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Token Oculto");
		String action = uploadAction(coordinator, home);
		assertThat(action).doesNotContain("_csrf").doesNotContain("?");
		HttpResponse<String> stored = coordinator.submitMultipart(action, List.of(), "notes.txt",
				"hello".getBytes(StandardCharsets.UTF_8));
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);
		assertThat(documentsOf(home)).isOne();
	}

	private static String uploadAction(Browser coordinator, String home) {
		Matcher action = Pattern.compile("enctype=\"multipart/form-data\" action=\"([^\"]+)\"")
			.matcher(coordinator.get(home + "/documents").body());
		assertThat(action.find()).isTrue();
		return action.group(1).replace("&amp;", "&");
	}

	private long documentsOf(String home) {
		return jdbc().sql("select count(*) from collective_document where collective_id = ?")
			.param(UUID.fromString(home.substring(6)))
			.query(Long.class)
			.single();
	}

}
