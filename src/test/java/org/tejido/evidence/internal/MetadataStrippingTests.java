package org.tejido.evidence.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.junit.jupiter.api.Test;

import org.tejido.support.Photos;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataStrippingTests {

	private static final Instant NOW = Instant.parse("2025-03-10T15:00:00Z");

	@Test
	void theSharedCopyOfAPhotoHasNoLocationDeviceOrXmpButTheSamePicture() throws Exception {
		byte[] photo = Photos.fromTheField();
		Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
		assertThat(before.containsDirectoryOfType(GpsDirectory.class)).isTrue();
		assertThat(before.containsDirectoryOfType(XmpDirectory.class)).isTrue();

		Inspection inspection = Inspection.of("patrol.jpg", photo, NOW, false);
		assertThat(inspection.sharedApart()).isTrue();
		byte[] shared = inspection.shared();
		Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(shared));
		assertThat(after.containsDirectoryOfType(GpsDirectory.class)).isFalse();
		assertThat(after.containsDirectoryOfType(ExifIFD0Directory.class)).isFalse();
		assertThat(after.containsDirectoryOfType(XmpDirectory.class)).isFalse();
		String raw = new String(shared, StandardCharsets.ISO_8859_1);
		assertThat(raw).doesNotContain(Photos.MAKE).doesNotContain(Photos.XMP_MARKER);
		var picture = ImageIO.read(new ByteArrayInputStream(shared));
		assertThat(picture.getWidth()).isEqualTo(64);
		assertThat(picture.getHeight()).isEqualTo(48);
		assertThat(Inspection.sha256(photo)).isEqualTo(inspection.sha256());
	}

	@Test
	void aCollectiveThatKeepsMetadataSharesTheOriginalAndIsToldSo() {
		byte[] photo = Photos.fromTheField();
		Inspection inspection = Inspection.of("patrol.jpg", photo, NOW, true);
		assertThat(inspection.sharedApart()).isFalse();
		assertThat(inspection.shared()).isSameAs(photo);
		assertThat(inspection.notices()).containsExactly("metadata-kept");
	}

	@Test
	void aPngCannotBeCleanedSafelySoTheSharedCopyIsTheOriginalWithANotice() {
		byte[] png = Photos.plainPng();
		Inspection inspection = Inspection.of("map.png", png, NOW, false);
		assertThat(inspection.mediaType()).isEqualTo("image/png");
		assertThat(inspection.sharedApart()).isFalse();
		assertThat(inspection.notices()).containsExactly("not-stripped");
	}

	@Test
	void aJpegWithoutMetadataIsCopiedWithoutANotice() {
		Inspection inspection = Inspection.of("plain.jpg", Photos.plainJpeg(), NOW, false);
		assertThat(inspection.notices()).isEmpty();
	}

}
