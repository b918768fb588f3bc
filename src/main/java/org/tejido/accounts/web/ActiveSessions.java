package org.tejido.accounts.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions a person has open, found by the name they signed in with. Only times are
 * known about them: where or on what device each began is never recorded.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ActiveSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	ActiveSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** The person's sessions: this one first, then the most recently used. */
	List<ActiveSession> of(String principal, String currentSessionId) {
		return this.sessions.findByPrincipalName(principal)
			.values()
			.stream()
			.filter((session) -> !session.isExpired())
			.map((session) -> new ActiveSession(session.getCreationTime(), session.getLastAccessedTime(),
					session.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(ActiveSession::current).thenComparing(ActiveSession::lastActive).reversed())
			.toList();
	}

	void endAll(String principal) {
		this.sessions.findByPrincipalName(principal).keySet().forEach(this.sessions::deleteById);
	}

}
