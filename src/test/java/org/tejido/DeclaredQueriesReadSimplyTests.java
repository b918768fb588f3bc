package org.tejido;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JPQL of {@code @Query} methods is read by Spring Data's pattern-based enhancer, not
 * its HQL grammar, and what the repositories need from it still comes out right.
 */
class DeclaredQueriesReadSimplyTests {

	private static final DeclaredQuery LOCK = DeclaredQuery.jpqlQuery("select c from Collective c where c.id = :id");

	@Test
	void jpqlIsReadByThePatternBasedEnhancerWhereSpringDataWouldUseItsGrammar() {
		assertThat(QueryEnhancerSelector.DEFAULT_SELECTOR.select(LOCK)).isEqualTo(QueryEnhancerFactories.hql());
		assertThat(DeclaredQueriesReadSimply.SELECTOR.select(LOCK)).isEqualTo(QueryEnhancerFactories.fallback());
	}

	@Test
	void everyRepositoryFactoryIsGivenThePatternBasedSelector() {
		var factory = new JpaRepositoryFactoryBean<>(Things.class);

		new DeclaredQueriesReadSimply().postProcessBeforeInitialization(factory, "things");

		assertThat(selectorOf(factory, null)).isSameAs(DeclaredQueriesReadSimply.SELECTOR);
	}

	/**
	 * The selector a repository factory will give its repositories (Spring Data keeps it
	 * as a function of the bean factory until the repository is made).
	 */
	@SuppressWarnings("unchecked")
	static @Nullable Object selectorOf(JpaRepositoryFactoryBean<?, ?, ?> factory, @Nullable BeanFactory beans) {
		var source = (Function<@Nullable BeanFactory, Object>) ReflectionTestUtils.getField(factory,
				"queryEnhancerSelectorSource");
		return (source != null) ? source.apply(beans) : null;
	}

	@Test
	void theAliasAndTheProjectionOfTejidosQueryShapesAreFound() {
		assertThat(enhancerFor("select c from Collective c where c.id = :id").detectAlias()).isEqualTo("c");
		assertThat(enhancerFor("select r from Resource r order by r.updatedAt desc, r.id desc").detectAlias())
			.isEqualTo("r");
		assertThat(enhancerFor("select r.slug from Resource r").getProjection()).isEqualTo("r.slug");
		assertThat(enhancerFor("select f from ResourceFile f join fetch f.resource where f.id = ?1").detectAlias())
			.isEqualTo("f");
		assertThat(enhancerFor("select coalesce(max(r.shortCode), 999) + 1 from Resource r").getProjection())
			.isEqualTo("coalesce(max(r.shortCode), 999) + 1");
	}

	private static QueryEnhancer enhancerFor(String jpql) {
		DeclaredQuery query = DeclaredQuery.jpqlQuery(jpql);
		return DeclaredQueriesReadSimply.SELECTOR.select(query).create(query);
	}

	interface Things extends JpaRepository<Object, Long> {

	}

}
