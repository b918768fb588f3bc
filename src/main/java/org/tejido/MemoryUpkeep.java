package org.tejido;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link OldGenerationCeiling} while Tejido runs, unless
 * {@code tejido.memory.old-generation-ceiling=false}; see docs/operations.md, "Memory".
 */
@Component
@ConditionalOnProperty(name = "tejido.memory.old-generation-ceiling", havingValue = "true", matchIfMissing = true)
class MemoryUpkeep implements SmartLifecycle {

	private final Optional<OldGenerationCeiling> ceiling = OldGenerationCeiling.ofThisJvm(OldGenerationCeiling.SPACING);

	private volatile boolean running;

	@Override
	public void start() {
		this.ceiling.ifPresent(OldGenerationCeiling::start);
		this.running = true;
	}

	@Override
	public void stop() {
		this.ceiling.ifPresent(OldGenerationCeiling::stop);
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
