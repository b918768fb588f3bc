package org.tejido;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The old generation's ceiling runs unless an operator turns it off, and runs only while
 * Tejido does.
 */
class MemoryUpkeepSwitchTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(MemoryUpkeep.class);

	@Test
	void theCeilingRunsByDefault() {
		this.context.run((tejido) -> {
			assertThat(tejido).hasSingleBean(MemoryUpkeep.class);
			assertThat(tejido.getBean(MemoryUpkeep.class).isRunning()).isTrue();
		});
	}

	@Test
	void anOperatorCanTurnTheCeilingOff() {
		this.context.withPropertyValues("tejido.memory.old-generation-ceiling=false")
			.run((tejido) -> assertThat(tejido).doesNotHaveBean(MemoryUpkeep.class));
	}

	@Test
	void theCeilingStopsWithTejido() {
		this.context.run((tejido) -> {
			MemoryUpkeep upkeep = tejido.getBean(MemoryUpkeep.class);
			tejido.close();
			assertThat(upkeep.isRunning()).isFalse();
		});
	}

}
