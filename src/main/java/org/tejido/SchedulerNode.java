package org.tejido;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The name a server gives db-scheduler, and the jobs it takes back when it starts. The
 * name is the host's and the node's own ({@code node-id} in the data directory, which
 * only one running server can use): two servers on one host have two names, and a server
 * started again after a crash has the one it had. So a job it was running when it died
 * (the dispatcher, a tier's waves) is its own to take back at once, instead of waiting
 * for db-scheduler to find it dead after four missed heartbeats, about 20 s in which no
 * alert goes out. The command-line tools ({@code admin}, {@code collectives}) keep
 * db-scheduler's default name, the host's, and take nothing back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SchedulerNode {

	private static final Logger log = LoggerFactory.getLogger(SchedulerNode.class);

	/** The length of db-scheduler's {@code picked_by} column. */
	static final int MAX_NAME = 50;

	@Bean
	@DependsOnDatabaseInitialization
	DbSchedulerCustomizer thisNodesSchedulerName(@Value("${tejido.data-dir}") Path dataDir, DataSource dataSource) {
		String name = nameOf(dataDir);
		int taken = JdbcClient.create(dataSource)
			.sql("update scheduled_tasks set picked = false, picked_by = null, last_heartbeat = null,"
					+ " version = version + 1 where picked = true and picked_by = ?")
			.param(name)
			.update();
		if (taken > 0) {
			log.info("Took back {} job(s) this node was running when it stopped", taken);
		}
		return new DbSchedulerCustomizer() {

			@Override
			public Optional<SchedulerName> schedulerName() {
				return Optional.of(new SchedulerName.Fixed(name));
			}

		};
	}

	/** The host's name and this data directory's node id, as db-scheduler keeps it. */
	static String nameOf(Path dataDir) {
		String id = nodeId(dataDir);
		String host = host();
		int room = MAX_NAME - id.length() - 1;
		return ((host.length() > room) ? host.substring(0, room) : host) + "-" + id;
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "tejido";
		}
	}

	private static String nodeId(Path dataDir) {
		Path file = dataDir.resolve("node-id");
		try {
			if (Files.isRegularFile(file)) {
				String id = Files.readString(file, StandardCharsets.US_ASCII).strip();
				if (id.matches("[0-9a-f]{8}")) {
					return id;
				}
			}
			byte[] random = new byte[4];
			new SecureRandom().nextBytes(random);
			String id = HexFormat.of().formatHex(random);
			Files.createDirectories(dataDir);
			Path written = Files.writeString(Files.createTempFile(dataDir, "node-id", ".tmp"), id + "\n",
					StandardCharsets.US_ASCII);
			Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return id;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or write " + file, ex);
		}
	}

}
