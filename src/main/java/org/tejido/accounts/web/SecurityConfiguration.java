package org.tejido.accounts.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import org.tejido.accounts.Role;
import org.tejido.accounts.internal.Accounts;
import org.tejido.accounts.internal.SignInThrottle;

/**
 * Who may reach what. The library is open to everyone; account pages need a signed-in
 * person who has passed every factor their role requires. Forms carry CSRF tokens; the
 * token-guarded API does not use cookies and needs none. The site's own filter sets the
 * security headers.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String SIGN_IN = "/sign-in";

	static final String SIGN_OUT = "/sign-out";

	/**
	 * Signing in records nothing about the request: Spring's default details would keep
	 * the client's address in the session.
	 */
	private static final AuthenticationDetailsSource<HttpServletRequest, ?> NO_DETAILS = (request) -> null;

	@Bean
	UserDetailsService accountsByEmail(Accounts accounts) {
		return (email) -> accounts.findByEmail(email.strip().toLowerCase(java.util.Locale.ROOT))
			.map((account) -> User.withUsername(account.email())
				.password(account.passwordHash())
				.authorities(account.role().authority())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	@Bean
	SecurityFilterChain site(HttpSecurity http, SignInHandlers handlers, SignInThrottle throttle) throws Exception {
		String[] roles = Arrays.stream(Role.values()).map(Role::authority).toArray(String[]::new);
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/*/account/two-factor", "/*/account/two-factor/**")
					.authenticated()
					.requestMatchers("/*/account", "/*/account/**", "/*/collectives", "/*/collectives/**", "/*/c/**")
					.hasAnyAuthority(roles)
					.requestMatchers("/*/admin", "/*/admin/**")
					.hasAuthority(Role.ADMINISTRATOR.authority())
					.requestMatchers("/*/curate", "/*/curate/**")
					.hasAnyAuthority(Role.CURATOR.authority(), Role.ADMINISTRATOR.authority())
					.anyRequest()
					.permitAll())
			.formLogin((form) -> form.loginPage("/en" + SIGN_IN)
				.loginProcessingUrl(SIGN_IN)
				.usernameParameter("email")
				.passwordParameter("password")
				.authenticationDetailsSource(NO_DETAILS)
				.successHandler(handlers)
				.failureHandler(handlers)
				.permitAll())
			.logout((logout) -> logout.logoutUrl(SIGN_OUT).logoutSuccessHandler(handlers))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**", "/sms/**", "/*/library/*/useful", "/*/ack/**"))
			.headers(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

}
