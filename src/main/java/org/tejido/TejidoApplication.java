package org.tejido;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

import org.tejido.accounts.AdminCommand;
import org.tejido.collectives.CollectivesCommand;
import org.tejido.evidence.EvidenceCommand;
import org.tejido.library.LibraryCommand;
import org.tejido.network.NetworkCommand;

/**
 * Tejido: collective protection for human-rights and land defenders. Without arguments it
 * serves the site; {@code admin …}, {@code collectives …}, {@code evidence verify …} and
 * {@code library pack …} run a command and exit.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class TejidoApplication {

	public static void main(String[] args) {
		if (EvidenceCommand.isRequested(args)) {
			System.exit(new EvidenceCommand(System.out, System.err).run(args));
		}
		if (NetworkCommand.isRequested(args)) {
			System.exit(new NetworkCommand(System.out, System.err).run(args));
		}
		if (AdminCommand.isRequested(args)) {
			System.exit(new AdminCommand(System::getenv, System.in, System.out, System.err).run(TejidoApplication.class,
					args));
		}
		if (CollectivesCommand.isRequested(args)) {
			System.exit(new CollectivesCommand(System.out, System.err).run(TejidoApplication.class, args));
		}
		if (LibraryCommand.isRequested(args)) {
			System.exit(new LibraryCommand(System.out, System.err).run(TejidoApplication.class, args));
		}
		SpringApplication.run(TejidoApplication.class, args);
	}

}
