package org.tejido.accounts.web;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

import org.tejido.accounts.AccountsSettings;

/**
 * Sessions live in the database, so that several application nodes can share them and a
 * person can end all of theirs at once. Expired sessions are deleted every minute. The
 * cookie stays on this site only: secure, hidden from scripts, never sent along with
 * requests from other sites, and gone when the browser closes.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableJdbcHttpSession
class SessionStore {

	@Bean
	CookieSerializer sessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("__Host-tejido");
		cookie.setCookiePath("/");
		cookie.setUseSecureCookie(true);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Strict");
		return cookie;
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> idleTimeout(AccountsSettings settings) {
		return (sessions) -> sessions.setDefaultMaxInactiveInterval(settings.sessionIdleTimeout());
	}

	/**
	 * Error pages and asynchronous requests see the same session as the request itself.
	 */
	@Bean
	FilterRegistrationBean<SessionRepositoryFilter<?>> sessionFilterOnEveryDispatch(
			SessionRepositoryFilter<?> sessions) {
		FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(sessions);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
		return registration;
	}

}
