package org.tejido.library.sms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsKeywordsTests {

	@ParameterizedTest
	@CsvSource({ "FIND radio,en", "buscar radio,es", "Chercher radio,fr", "PROCURAR radio,pt", "cari radio,id" })
	void findsInTheLanguageOfItsKeyword(String text, String lang) {
		SmsCommand command = SmsKeywords.parse(text);
		assertThat(command.kind()).isEqualTo(SmsCommand.Kind.FIND);
		assertThat(command.lang()).isEqualTo(lang);
		assertThat(command.words()).isEqualTo("radio");
	}

	@ParameterizedTest
	@CsvSource({ "MORE 2,en", "más 2,es", "MAS 2,es", "plus 2,fr", "Mais 2,pt", "LAGI 2,id" })
	void readsThePageToGoOnTo(String text, String lang) {
		SmsCommand command = SmsKeywords.parse(text);
		assertThat(command.kind()).isEqualTo(SmsCommand.Kind.MORE);
		assertThat(command.lang()).isEqualTo(lang);
		assertThat(command.number()).isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource({ "GET 4821,en", "ver 4821,es", "VOIR #4821,fr", "ler 4821,pt", "lihat 4821,id" })
	void readsTheCodeOfTheResourceToSummarise(String text, String lang) {
		SmsCommand command = SmsKeywords.parse(text);
		assertThat(command.kind()).isEqualTo(SmsCommand.Kind.GET);
		assertThat(command.lang()).isEqualTo(lang);
		assertThat(command.number()).isEqualTo(4821);
	}

	@ParameterizedTest
	@CsvSource({ "SEND 4821 ana@example.org,en", "enviar 4821 ana@example.org,es", "Envoyer 4821 ana@example.org,fr",
			"RECEBER 4821 ana@example.org,pt", "kirim 4821   ana@example.org,id" })
	void readsTheCodeAndTheAddressToSendTo(String text, String lang) {
		SmsCommand command = SmsKeywords.parse(text);
		assertThat(command.kind()).isEqualTo(SmsCommand.Kind.SEND);
		assertThat(command.lang()).isEqualTo(lang);
		assertThat(command.number()).isEqualTo(4821);
		assertThat(command.email()).isEqualTo("ana@example.org");
	}

	@ParameterizedTest
	@CsvSource({ "HELP,en", "ayuda,es", "AIDE,fr", "ajuda,pt", "Bantuan,id", "help.,en" })
	void listsTheCommandsWhenAskedForHelp(String text, String lang) {
		SmsCommand command = SmsKeywords.parse(text);
		assertThat(command.kind()).isEqualTo(SmsCommand.Kind.HELP);
		assertThat(command.lang()).isEqualTo(lang);
	}

	@Test
	void everyKeywordBelongsToOneLanguageAndOneCommandOnly() {
		java.util.Set<String> seen = new java.util.HashSet<>();
		SmsKeywords.KEYWORDS.values()
			.forEach((words) -> words.forEach((word) -> assertThat(seen.add(word)).as(word).isTrue()));
		assertThat(seen).hasSize(25);
	}

	@Test
	void anUnknownKeywordOrAnEmptyTextHasNoLanguage() {
		assertThat(SmsKeywords.parse("hola radio").kind()).isEqualTo(SmsCommand.Kind.UNKNOWN);
		assertThat(SmsKeywords.parse("hola radio").lang()).isNull();
		assertThat(SmsKeywords.parse("   ").kind()).isEqualTo(SmsCommand.Kind.UNKNOWN);
	}

	@Test
	void aMissingOrWrongNumberIsNoNumber() {
		assertThat(SmsKeywords.parse("GET").number()).isNull();
		assertThat(SmsKeywords.parse("GET abc").number()).isNull();
		assertThat(SmsKeywords.parse("MORE").number()).isNull();
		assertThat(SmsKeywords.parse("SEND 4821").email()).isEmpty();
		assertThat(SmsKeywords.parse("SEND ana@example.org").number()).isNull();
	}

	@Test
	void findKeepsAllItsWordsAndAnEmptySearchHasNone() {
		assertThat(SmsKeywords.parse("BUSCAR radio comunitaria  segura").words())
			.isEqualTo("radio comunitaria  segura");
		assertThat(SmsKeywords.parse("BUSCAR").words()).isEmpty();
	}

}
