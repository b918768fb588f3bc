package org.tejido;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Tejido: collective protection for human-rights and land defenders.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TejidoApplication {

	public static void main(String[] args) {
		SpringApplication.run(TejidoApplication.class, args);
	}

}
