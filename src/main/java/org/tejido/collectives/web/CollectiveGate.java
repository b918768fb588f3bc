package org.tejido.collectives.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.tejido.accounts.People;
import org.tejido.accounts.Person;
import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.CollectivesSettings;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.internal.Roster;
import org.tejido.site.NotFound;
import org.tejido.site.Refused;

/**
 * The one place that admits a request to a collective's data, for every module: a handler
 * takes a {@link Membership} parameter, and gets one only if the signed-in person belongs
 * to the collective named in the path ({@code {collective}}) with a role the handler
 * allows. Strangers get a 404, as if the collective did not exist; members whose role is
 * not allowed get a 403; coordinators without a second factor are sent to set one up. A
 * session that opened a collective page gets the short idle timeout.
 */
@Component
class CollectiveGate implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	static final String PATH_VARIABLE = "collective";

	/** The roles admitted when a handler does not name them, as {@link InCollective}. */
	private static final List<CollectiveRole> DEFAULT_ROLES = List.of(CollectiveRole.COORDINATOR,
			CollectiveRole.MEMBER);

	private final People people;

	private final Roster roster;

	private final int idleSeconds;

	CollectiveGate(People people, Roster roster, CollectivesSettings settings) {
		this.people = people;
		this.roster = roster;
		this.idleSeconds = (int) settings.idleTimeout().toSeconds();
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Membership.class.equals(parameter.getParameterType());
	}

	@Override
	public Membership resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binders) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		Person person = signedIn(request);
		Membership membership = this.roster.membershipOf(collectiveIn(request), person.id()).orElseThrow(NotFound::new);
		if (!allowedRoles(parameter).contains(membership.role())) {
			throw new Refused(HttpStatus.FORBIDDEN, "collectives.not-allowed");
		}
		if (membership.isCoordinator() && !person.twoFactor()) {
			throw new TwoFactorNeeded();
		}
		shortenIdleTimeout(request);
		return membership;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	private Person signedIn(HttpServletRequest request) {
		Principal principal = request.getUserPrincipal();
		if (principal == null) {
			throw new NotFound();
		}
		return this.people.signedInAs(principal.getName()).orElseThrow(NotFound::new);
	}

	private static UUID collectiveIn(HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String raw = (variables != null) ? variables.get(PATH_VARIABLE) : null;
		if (raw == null) {
			throw new IllegalStateException("A handler taking a Membership must be mapped under {collective}");
		}
		try {
			return UUID.fromString(raw);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound();
		}
	}

	private static List<CollectiveRole> allowedRoles(MethodParameter parameter) {
		InCollective roles = parameter.getParameterAnnotation(InCollective.class);
		return (roles != null) ? Arrays.asList(roles.value()) : DEFAULT_ROLES;
	}

	private void shortenIdleTimeout(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getMaxInactiveInterval() != this.idleSeconds) {
			session.setMaxInactiveInterval(this.idleSeconds);
		}
	}

	/** A coordinator who has not yet set up two-step sign-in. */
	static final class TwoFactorNeeded extends RuntimeException {

		TwoFactorNeeded() {
			super("two-factor needed", null, false, false);
		}

	}

}
