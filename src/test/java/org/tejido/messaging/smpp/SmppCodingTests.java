package org.tejido.messaging.smpp;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.Test;

import org.tejido.messaging.DeliveryStatus;

import static org.assertj.core.api.Assertions.assertThat;

class SmppCodingTests {

	@Test
	void aShortGsmTextGoesAsOnePartInSeptetsWithoutHeader() {
		Segments segments = Segments.of("Río? no: rio @ 5 £ {x} €", 7);
		assertThat(segments.dataCoding()).isEqualTo((byte) 8);
		Segments gsm = Segments.of("rio @ 5 £ {x} €", 7);
		assertThat(gsm.dataCoding()).isZero();
		assertThat(gsm.concatenated()).isFalse();
		assertThat(gsm.parts()).singleElement().satisfies((part) -> {
			assertThat(part[4]).isZero();
			assertThat(Gsm7.decode(part)).isEqualTo("rio @ 5 £ {x} €");
		});
	}

	@Test
	void aLongTextIsCutIntoNumberedPartsWithoutCuttingACharacter() {
		String text = "€".repeat(100);
		Segments segments = Segments.of(text, 300);
		assertThat(segments.parts()).hasSize(2);
		assertThat(segments.parts().get(0)).startsWith(5, 0, 3, 44, 2, 1).hasSize(6 + 152);
		assertThat(segments.parts().get(1)).startsWith(5, 0, 3, 44, 2, 2);
		StringBuilder joined = new StringBuilder();
		segments.parts()
			.forEach((part) -> joined.append(Gsm7.decode(java.util.Arrays.copyOfRange(part, 6, part.length))));
		assertThat(joined).hasToString(text);

		String emoji = "🌊".repeat(40);
		Segments ucs2 = Segments.of(emoji, 1);
		assertThat(ucs2.dataCoding()).isEqualTo((byte) 8);
		StringBuilder read = new StringBuilder();
		for (byte[] part : ucs2.parts()) {
			String piece = new String(part, 6, part.length - 6, StandardCharsets.UTF_16BE);
			assertThat(piece).doesNotContain("\uFFFD");
			read.append(piece);
		}
		assertThat(read).hasToString(emoji);
	}

	@Test
	void receiptsAreReadFromTheirTextOrTheirParameters() {
		DeliverSm text = new DeliverSm();
		text.setShortMessage(("id:0A1B sub:001 dlvrd:001 submit date:2611210800 done date:2611210801 stat:DELIVRD"
				+ " err:000 text:hola")
			.getBytes(StandardCharsets.ISO_8859_1));
		assertThat(Receipt.of(text)).hasValueSatisfying((receipt) -> {
			assertThat(receipt.id()).isEqualTo("0A1B");
			assertThat(receipt.status()).contains(DeliveryStatus.DELIVERED);
		});
		DeliverSm parameters = new DeliverSm();
		parameters.setShortMessage(new byte[0]);
		parameters.setOptionalParameters(new OptionalParameter.COctetString((short) 0x001E, "77"),
				new OptionalParameter.Byte((short) 0x0427, (byte) 5));
		assertThat(Receipt.of(parameters)).hasValueSatisfying((receipt) -> {
			assertThat(receipt.id()).isEqualTo("77");
			assertThat(receipt.status()).contains(DeliveryStatus.FAILED);
		});
		assertThat(SentParts.candidates("0A1B")).containsExactly("0a1b", "2587");
		assertThat(SentParts.candidates("255")).containsExactly("255", "ff", "597");
	}

	@Test
	void textsFromPhonesAreReadInTheirCodingAndTheirPartsNumbered() {
		assertThat(ShortMessage.text((byte) 0, Gsm7.encode("señora 3 € [ya]"))).isEqualTo("señora 3 € [ya]");
		assertThat(ShortMessage.text((byte) 3, "señora".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("señora");
		assertThat(ShortMessage.text((byte) 8, "नदी".getBytes(StandardCharsets.UTF_16BE))).isEqualTo("नदी");
		assertThat(ShortMessage.text((byte) 0xF1, Gsm7.encode("hola"))).isEqualTo("hola");

		DeliverSm part = new DeliverSm();
		part.setEsmClass((byte) 0x40);
		part.setSourceAddrTon((byte) 1);
		part.setSourceAddr("573001112233");
		part.setDestAddress("3001234567");
		part.setShortMessage(new byte[] { 6, 8, 4, 1, 2, 3, 2, 'h', 'i' });
		ShortMessage message = ShortMessage.of(part);
		assertThat(List.of(message.reference(), message.parts(), message.part())).containsExactly(258, 3, 2);
		assertThat(message.from()).isEqualTo("+573001112233");
		assertThat(message.to()).isEqualTo("3001234567");
		assertThat(new String(message.data(), StandardCharsets.US_ASCII)).isEqualTo("hi");
	}

}
