package org.tejido;

import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Tejido: collective protection for human-rights and land defenders. With only settings
 * ({@code --name=value}) it serves the site; a command word ({@code admin …},
 * {@code collectives …}, {@code evidence verify …}; see {@link Commands}) runs that
 * command and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class TejidoApplication {

	public static void main(String[] args) {
		OptionalInt command = Commands.of(TejidoApplication.class, System::getenv, System.in, System.out, System.err)
			.run(args);
		if (command.isPresent()) {
			System.exit(command.getAsInt());
		}
		SpringApplication.run(TejidoApplication.class, args);
	}

}
