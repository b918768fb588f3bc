package org.tejido.evidence.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.tejido.evidence.EvidenceRefused;
import org.tejido.support.Photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InspectionTests {

	private static final Instant NOW = Instant.parse("2025-03-10T15:00:00Z");

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] OGG = ogg();

	@Test
	void sealsThePhotoAsItCameWithItsHashSizeAndTypeReadFromTheBytes() {
		byte[] photo = Photos.fromTheField();
		Inspection inspection = Inspection.of("patrol.jpg", photo, NOW, false);
		assertThat(inspection.mediaType()).isEqualTo("image/jpeg");
		assertThat(inspection.size()).isEqualTo(photo.length);
		assertThat(inspection.sha256()).isEqualTo(Inspection.sha256(photo)).hasSize(64);
		assertThat(inspection.original()).isSameAs(photo);
		assertThat(inspection.metadata().lines()).anyMatch((line) -> line.contains(Photos.MAKE))
			.anyMatch((line) -> line.startsWith("[GPS]"));
		assertThat(inspection.notices()).containsExactly("metadata-stripped");
	}

	@Test
	void refusesAPdfNamedAsAPhoto() {
		assertThatThrownBy(() -> Inspection.of("photo.jpg", PDF, NOW, false))
			.isInstanceOfSatisfying(EvidenceRefused.class, (refused) -> assertThat(refused.status()).isEqualTo(415));
	}

	@Test
	void refusesAWindowsProgramNamedAsAPdf() {
		byte[] program = new byte[512];
		program[0] = 'M';
		program[1] = 'Z';
		program[0x3c] = (byte) 0x80;
		program[0x80] = 'P';
		program[0x81] = 'E';
		assertThatThrownBy(() -> Inspection.of("report.pdf", program, NOW, false)).isInstanceOfSatisfying(
				EvidenceRefused.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo("evidence.refused.type-mismatch"));
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatThrownBy(() -> Inspection.of("empty.jpg", new byte[0], NOW, false))
			.isInstanceOfSatisfying(EvidenceRefused.class, (refused) -> assertThat(refused.status()).isEqualTo(422));
	}

	@Test
	void takesFilesWhoseNameAgreesWithTheirBytesOrSaysNothing() {
		assertThat(Inspection.of("acta.pdf", PDF, NOW, false).mediaType()).isEqualTo("application/pdf");
		assertThat(Inspection.of("acta", PDF, NOW, false).mediaType()).isEqualTo("application/pdf");
		assertThat(Inspection.of("IMG_0001.JPG", Photos.plainJpeg(), NOW, false).mediaType()).isEqualTo("image/jpeg");
		assertThat(Inspection.of("nota de voz.opus", OGG, NOW, false).mediaType()).contains("ogg");
		byte[] text = "testimony".getBytes(StandardCharsets.UTF_8);
		assertThat(Inspection.of("testimonio.txt", text, NOW, false).notices()).isEmpty();
		assertThat(Inspection.of("lista.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), NOW, false).mediaType())
			.startsWith("text/");
	}

	/** The first page of an Ogg stream, as a voice note starts. */
	private static byte[] ogg() {
		byte[] page = new byte[64];
		System.arraycopy("OggS".getBytes(StandardCharsets.US_ASCII), 0, page, 0, 4);
		page[5] = 2;
		page[26] = 1;
		page[27] = 19;
		System.arraycopy("OpusHead".getBytes(StandardCharsets.US_ASCII), 0, page, 28, 8);
		page[36] = 1;
		return page;
	}

	@Test
	void marksAPhotoDatedAfterItArrivedAsDoubtful() {
		byte[] photo = Photos.withGps(2.4, -76.6, "2025:03:12 10:00:00", "2025:03:12");
		assertThat(Inspection.of("forged.jpg", photo, NOW, false).notices()).contains("date-doubtful");
	}

	@Test
	void marksAPhotoWhoseDateDisagreesWithItsGpsStampAsDoubtful() {
		byte[] photo = Photos.withGps(2.4, -76.6, "2024:05:01 10:00:00", "2024:04:20");
		assertThat(Inspection.of("forged.jpg", photo, NOW, false).notices()).contains("date-doubtful");
	}

	@Test
	void marksAPhotoDatedBefore1990AsDoubtful() {
		byte[] photo = Photos.withGps(2.4, -76.6, "1985:05:01 10:00:00", "1985:05:01");
		assertThat(Inspection.of("old.jpg", photo, NOW, false).notices()).contains("date-doubtful");
	}

	@Test
	void doesNotDoubtALocalTimeAheadOfUtcByLessThanTheFarthestTimeZone() {
		byte[] photo = Photos.withGps(-6.2, 106.8, "2025:03:10 22:00:00", "2025:03:10");
		assertThat(Inspection.of("jakarta.jpg", photo, NOW, false).notices()).doesNotContain("date-doubtful");
	}

}
