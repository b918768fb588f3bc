package org.tejido;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code tejido.data-dir} to an absolute path once, so that every setting built
 * on it (database file, search index, stored files) points at the same place whatever the
 * working directory, and H2 accepts it. Keeps it private to the service's account
 * ({@link PrivateFiles}).
 */
class DataDirectory implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "tejido.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(PROPERTY, "./data");
		String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("tejidoDataDirectory", Map.of(PROPERTY, absolute)));
		PrivateFiles.tighten(Path.of(absolute));
	}

	@Override
	public int getOrder() {
		// after config data has been loaded, so that --tejido.data-dir and
		// TEJIDO_DATA_DIR are seen
		return Ordered.LOWEST_PRECEDENCE;
	}

}
