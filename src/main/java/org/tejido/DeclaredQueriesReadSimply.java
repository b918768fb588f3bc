package org.tejido;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Spring Data reads the JPQL of Tejido's {@code @Query} methods with its simple,
 * pattern-based query enhancer instead of its ANTLR grammar for HQL. The enhancer is what
 * Spring Data uses to find a query's alias and to add sorting or a count query; Tejido's
 * declared queries need none of that (no {@code Sort}, no {@code Page}), and the
 * grammar's first use costs about a fifth of a second of every start (decision 0017).
 * Hibernate still parses and checks every declared query at start, so a query that does
 * not compile still stops the application.
 */
@Component
class DeclaredQueriesReadSimply implements BeanPostProcessor {

	static final QueryEnhancerSelector SELECTOR = new PatternBased();

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> repositories) {
			repositories.setQueryEnhancerSelectorSource(SELECTOR);
		}
		return bean;
	}

	private static final class PatternBased extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {

		PatternBased() {
			super(DEFAULT_NATIVE, QueryEnhancerFactories.fallback());
		}

	}

}
