package org.tejido;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tightens the data directory once more when the application is ready, after the
 * database, the index and the keys have created their files.
 */
@Component
class PrivateDataDirectory {

	private final Path dataDir;

	PrivateDataDirectory(@Value("${tejido.data-dir}") Path dataDir) {
		this.dataDir = dataDir;
	}

	@EventListener(ApplicationReadyEvent.class)
	void tighten() {
		PrivateFiles.tighten(this.dataDir);
	}

}
