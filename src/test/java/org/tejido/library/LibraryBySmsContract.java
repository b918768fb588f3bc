package org.tejido.library;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.messaging.SmsParts;
import org.tejido.support.Bundles;
import org.tejido.support.Collectives;
import org.tejido.support.Http;
import org.tejido.support.Kannel;
import org.tejido.support.Mailbox;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The library by SMS through a real Kannel: a phone with no data searches the library,
 * pages on, reads a summary and has the files e-mailed, in the language of the keywords
 * it used; bad input gets a short answer, a flood is held back, and nothing about who
 * asked stays readable.
 */
public interface LibraryBySmsContract {

	Duration WAIT = Duration.ofSeconds(30);

	Http http();

	JdbcClient jdbc();

	int port();

	@AfterAll
	static void stopKannelForTheLibrary() {
		Kannel.stopAll();
	}

	@Test
	default void smsLibrarySearchPageSummaryAndFilesByMailInSpanishAndIndonesian() throws Exception {
		Kannel kannel = kannel();
		String word = catalogue();

		String spanish = Collectives.phone();
		String found = ask(kannel, spanish, "BUSCAR " + word, 1);
		assertThat(found).contains("4 resultados", "pagina 1 de 2", "MAS 2");
		List<String> codes = new ArrayList<>(codesIn(found));
		assertThat(codes).hasSize(3);
		String next = ask(kannel, spanish, "más 2", 2);
		assertThat(next).contains("pagina 2 de 2", "VER y el codigo");
		codes.addAll(codesIn(next));
		assertThat(codes).doesNotHaveDuplicates().hasSize(4);

		String small = codeOf(word + " uno");
		assertThat(codes).contains(small);
		assertThat(http().get("/es/library/" + slugOf(word + " uno")).body()).contains("Código para SMS",
				"<dd>" + small + " (envíe VER " + small + " al " + Kannel.COALITION_NUMBER + ")</dd>");
		String summary = ask(kannel, spanish, "VER " + small, 3);
		assertThat(summary).startsWith(small + " ").contains("PDF", "Guia de radio", "ENVIAR " + small);
		String mail = Collectives.marker("es").toLowerCase() + "@example.org";
		assertThat(ask(kannel, spanish, "ENVIAR " + small + " " + mail, 4)).contains("Enviamos " + small, mail);
		MimeMessage[] sent = Mailbox.messagesFor(mail);
		assertThat(sent).hasSize(1);
		assertThat(sent[0].getSubject()).contains(small);
		assertThat(attachmentNames(sent[0])).containsExactly("uno.pdf");

		String indonesian = Collectives.phone();
		String hasil = ask(kannel, indonesian, "CARI " + word, 1);
		assertThat(hasil).contains("4 hasil", "halaman 1 dari 2", "LAGI 2");
		assertThat(ask(kannel, indonesian, "LAGI 2", 2)).contains("halaman 2 dari 2");
		String large = codeOf(word + " dos");
		assertThat(ask(kannel, indonesian, "lihat " + large, 3)).startsWith(large + " ").contains("KIRIM " + large);
		String mailId = Collectives.marker("id").toLowerCase() + "@example.org";
		assertThat(ask(kannel, indonesian, "KIRIM " + large + " " + mailId, 4)).contains("Kami mengirim " + large);
		MimeMessage linked = Mailbox.messagesFor(mailId)[0];
		assertThat(attachmentNames(linked)).isEmpty();
		assertThat(bodyOf(linked)).contains("Terlalu besar", "dos.pdf", "/files/");
		String link = bodyOf(linked).replaceAll("(?s).*?(/files/\\S+).*", "$1");
		assertThat(http().getBytes(link).statusCode()).isEqualTo(200);

		assertThat(kannel.received()).filteredOn((sms) -> sms.to().equals(spanish) || sms.to().equals(indonesian))
			.allSatisfy((sms) -> {
				assertThat(sms.from()).isEqualTo(Kannel.COALITION_NUMBER);
				assertThat(SmsParts.measure(sms.text()).parts()).isBetween(1, 2);
			});
		await().atMost(WAIT)
			.until(() -> jdbc()
				.sql("select count(*) from inbound_message where coalition = true and sealed_text is not null")
				.query(Long.class)
				.single() == 0);
	}

	@Test
	default void smsLibraryBadInputGetsAShortAnswerInTheKeywordsLanguage() {
		Kannel kannel = kannel();
		String phone = Collectives.phone();
		assertThat(ask(kannel, phone, "hola que tal", 1)).startsWith("Library by SMS").contains("FIND", "SEND");
		assertThat(ask(kannel, phone, "BUSCAR", 2)).startsWith("Biblioteca por SMS").contains("BUSCAR", "ENVIAR");
		assertThat(ask(kannel, phone, "GET 9999", 3)).contains("no resource with code 9999");
		assertThat(ask(kannel, phone, "AIDE", 4)).startsWith("Bibliothèque par SMS").contains("CHERCHER");
		String code = jdbc().sql("select min(short_code) from resource").query(Integer.class).single().toString();
		assertThat(ask(kannel, phone, "ENVOYER " + code + " pas-une-adresse", 5))
			.startsWith("pas-une-adresse n'est pas une adresse e-mail");
		assertThat(ask(kannel, phone, "PLUS 2", 6)).contains("cherchez d'abord avec CHERCHER");
		assertThat(ask(kannel, phone, "BUSCAR zzqxwv", 7)).contains("No se encontro nada para \"zzqxwv\"");
	}

	@Test
	default void smsLibraryFloodFromOneNumberIsHeldBack() {
		Kannel kannel = kannel();
		String phone = Collectives.phone();
		long heldBefore = held();
		for (int i = 0; i < 11; i++) {
			kannel.phoneSends(phone, Kannel.COALITION_NUMBER, "HELP");
		}
		await().atMost(WAIT).until(() -> repliesTo(kannel, phone).size() >= 10);
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(5))
			.until(() -> repliesTo(kannel, phone).size() == 10);
		assertThat(held() - heldBefore).isEqualTo(1);
		String other = Collectives.phone();
		assertThat(ask(kannel, other, "HELP", 1)).as("other numbers are not held back").startsWith("Library by SMS");
	}

	private long held() {
		return jdbc().sql("select count(*) from inbound_message where coalition = true and throttled = true")
			.query(Long.class)
			.single();
	}

	/**
	 * Sends a text from a phone and gives the reply, the phone's n-th from the library.
	 */
	private static String ask(Kannel kannel, String phone, String text, int nth) {
		kannel.phoneSends(phone, Kannel.COALITION_NUMBER, text);
		await().atMost(WAIT).until(() -> repliesTo(kannel, phone).size() >= nth);
		return repliesTo(kannel, phone).get(nth - 1).text();
	}

	private static List<Kannel.Sms> repliesTo(Kannel kannel, String phone) {
		return kannel.received().stream().filter((sms) -> sms.to().equals(phone)).toList();
	}

	private static List<String> codesIn(String reply) {
		List<String> codes = new ArrayList<>();
		Matcher code = Pattern.compile("\\| (\\d{4,}) ").matcher(reply);
		while (code.find()) {
			codes.add(code.group(1));
		}
		return codes;
	}

	private String codeOf(String title) {
		return jdbc().sql("select short_code from resource where title = ?")
			.param(title)
			.query(Integer.class)
			.single()
			.toString();
	}

	private String slugOf(String title) {
		return jdbc().sql("select slug from resource where title = ?").param(title).query(String.class).single();
	}

	/**
	 * Four resources with a word of their own: one with a small file, one with a file too
	 * large to attach, two that are links.
	 */
	private String catalogue() {
		String word = "radiowave" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		byte[] small = Bundles.pdfSaying("Radio guide " + word);
		byte[] large = padded(Bundles.pdfSaying("Radio handbook " + word), 12_000);
		String csv = "title,url,type_code,area_codes,language_codes,files,summary,summary_language\n" + word
				+ " uno,https://example.org/1,guides-manuals,early-warning,es,uno.pdf,Guía de radio para la alerta temprana,es\n"
				+ word + " dos,https://example.org/2,guides-manuals,early-warning,es,dos.pdf,Manual largo,es\n" + word
				+ " tres,https://example.org/3,guides-manuals,early-warning,es,,,es\n" + word
				+ " cuatro,https://example.org/4,guides-manuals,early-warning,es,,,es\n";
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("catalogue.csv", Bundles.utf8(csv));
		entries.put("uno.pdf", small);
		entries.put("dos.pdf", large);
		HttpResponse<String> imported = http().post("/api/v1/catalogue/import", Bundles.zip(entries), "Authorization",
				"Bearer " + RunningTejido.IMPORT_TOKEN, "Content-Type", "application/zip");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(imported.body()).contains("\"created\":4");
		return word;
	}

	private static byte[] padded(byte[] pdf, int extra) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(pdf);
		out.writeBytes(("\n%" + "x".repeat(extra) + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	private static List<String> attachmentNames(MimeMessage message) throws Exception {
		List<String> names = new ArrayList<>();
		if (message.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				if (Part.ATTACHMENT.equalsIgnoreCase(multipart.getBodyPart(i).getDisposition())) {
					names.add(multipart.getBodyPart(i).getFileName());
				}
			}
		}
		return names;
	}

	private static String bodyOf(MimeMessage message) throws Exception {
		Object content = message.getContent();
		if (content instanceof Multipart multipart) {
			return String.valueOf(multipart.getBodyPart(0).getContent());
		}
		return String.valueOf(content);
	}

	private Kannel kannel() {
		Assumptions.assumeTrue(Kannel.isInstalled() || System.getenv("TEJIDO_TESTS_NEED_KANNEL") != null,
				"Kannel is not installed");
		return Kannel.forTejidoAt(port(), RunningTejido.INBOUND_SECRET);
	}

}
