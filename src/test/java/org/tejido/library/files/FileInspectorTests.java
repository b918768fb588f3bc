package org.tejido.library.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of document the library accepts is recognised from its bytes and its words
 * are read out for search: the parsers the jar ships are the ones these need.
 */
class FileInspectorTests {

	private static final String WORDS = "cartografia comunitaria del rio";

	@TempDir
	Path folder;

	private final FileInspector inspector = new FileInspector();

	@Test
	void readsTheWordsOfPdfDocuments() throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PDPage page = new PDPage();
			pdf.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				text.newLineAtOffset(72, 700);
				text.showText(WORDS);
				text.endText();
			}
			assertReads(write("guide.pdf", pdf::save), "application/pdf");
		}
	}

	@Test
	void readsTheWordsOfWordExcelAndPowerPointDocuments() throws IOException {
		try (XWPFDocument docx = new XWPFDocument()) {
			docx.createParagraph().createRun().setText(WORDS);
			assertReads(write("guide.docx", docx::write),
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		}
		try (XSSFWorkbook xlsx = new XSSFWorkbook()) {
			xlsx.createSheet("patrols").createRow(0).createCell(0).setCellValue(WORDS);
			assertReads(write("table.xlsx", xlsx::write),
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		}
		try (HSSFWorkbook xls = new HSSFWorkbook()) {
			xls.createSheet("patrols").createRow(0).createCell(0).setCellValue(WORDS);
			assertReads(write("table.xls", xls::write), "application/vnd.ms-excel");
		}
		try (XMLSlideShow pptx = new XMLSlideShow()) {
			XSLFTextBox box = pptx.createSlide().createTextBox();
			box.setText(WORDS);
			assertReads(write("slides.pptx", pptx::write),
					"application/vnd.openxmlformats-officedocument.presentationml.presentation");
		}
		try (HSLFSlideShow ppt = new HSLFSlideShow()) {
			HSLFTextBox box = ppt.createSlide().createTextBox();
			box.setText(WORDS);
			assertReads(write("slides.ppt", ppt::write), "application/vnd.ms-powerpoint");
		}
	}

	@Test
	void readsTheWordsOfOpenDocumentRtfEpubAndPlainText() throws IOException {
		assertReads(write("guide.odt", (out) -> zip(out, "application/vnd.oasis.opendocument.text", "content.xml",
				"<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
						+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
						+ "<office:body><office:text><text:p>" + WORDS
						+ "</text:p></office:text></office:body></office:document-content>")),
				"application/vnd.oasis.opendocument.text");
		assertReads(write("guide.rtf", (out) -> out.write(("{\\rtf1\\ansi " + WORDS + "\\par}").getBytes())),
				"application/rtf");
		assertReads(
				write("book.epub", (out) -> zip(out, "application/epub+zip", "chapter.xhtml",
						"<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>" + WORDS + "</p></body></html>")),
				"application/epub+zip");
		assertReads(write("notes.txt", (out) -> out.write((WORDS + "\n").getBytes(StandardCharsets.UTF_8))),
				"text/plain");
	}

	@Test
	void acceptsImagesWithoutReadingThemAndRefusesPrograms() throws IOException {
		Path png = write("photo.png", (out) -> out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a,
				'\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 }));
		assertThat(this.inspector.mediaTypeOf(png)).isEqualTo("image/png");
		assertThat(this.inspector.isAllowed("image/png")).isTrue();
		assertThat(this.inspector.textOf(png, "image/png")).isNull();
		Path script = write("run.sh", (out) -> out.write("#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(this.inspector.isAllowed(this.inspector.mediaTypeOf(script))).isFalse();
	}

	private void assertReads(Path file, String mediaType) throws IOException {
		assertThat(this.inspector.mediaTypeOf(file)).as(file.getFileName().toString()).isEqualTo(mediaType);
		assertThat(this.inspector.isAllowed(mediaType)).isTrue();
		assertThat(this.inspector.textOf(file, mediaType)).as(file.getFileName().toString()).contains(WORDS);
	}

	private Path write(String name, Writer writer) throws IOException {
		Path file = this.folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			writer.write(out);
		}
		return file;
	}

	/** An ODF or EPUB container: a stored {@code mimetype} first, then the content. */
	private static void zip(OutputStream target, String mimetype, String contentName, String content)
			throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(type.length);
			CRC32 crc = new CRC32();
			crc.update(type);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(type);
			zip.closeEntry();
			if (mimetype.equals("application/epub+zip")) {
				zip.putNextEntry(new ZipEntry("META-INF/container.xml"));
				zip.write(("<?xml version=\"1.0\"?><container version=\"1.0\""
						+ " xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
						+ "<rootfile full-path=\"content.opf\" media-type=\"application/oebps-package+xml\"/>"
						+ "</rootfiles></container>")
					.getBytes(StandardCharsets.UTF_8));
				zip.putNextEntry(new ZipEntry("content.opf"));
				zip.write(("<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
						+ "<manifest><item id=\"c\" href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\"/>"
						+ "</manifest><spine><itemref idref=\"c\"/></spine></package>")
					.getBytes(StandardCharsets.UTF_8));
			}
			zip.putNextEntry(new ZipEntry(contentName));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		target.write(bytes.toByteArray());
	}

	private interface Writer {

		void write(OutputStream out) throws IOException;

	}

}
