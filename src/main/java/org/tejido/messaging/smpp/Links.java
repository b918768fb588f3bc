package org.tejido.messaging.smpp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import org.tejido.messaging.MessagingSettings;
import org.tejido.messaging.internal.Gateway;

/**
 * The collectives' sessions with their SMS centres, one each, on this node: made when
 * first needed, replaced when a coordinator changes the settings, kept bound so that SMS
 * from phones and receipts can come in, and unbound when Tejido stops.
 */
@Component
class Links implements DisposableBean {

	private final MessagingSettings settings;

	private final Incoming incoming;

	private final Map<UUID, Link> links = new HashMap<>();

	Links(MessagingSettings settings, Incoming incoming) {
		this.settings = settings;
		this.incoming = incoming;
	}

	/** The link to a collective's SMS centre as its settings now say. */
	Link of(Gateway gateway) {
		Link stale = null;
		Link link;
		synchronized (this.links) {
			link = this.links.get(gateway.collective());
			if (link == null || !link.serves(gateway)) {
				stale = link;
				link = new Link(gateway, this.settings.gatewayTimeout(), this.settings.firstRetry(), this.incoming);
				this.links.put(gateway.collective(), link);
			}
		}
		if (stale != null) {
			stale.close();
		}
		return link;
	}

	/**
	 * Keeps a session bound for each of these gateways, and closes those of collectives
	 * that no longer use SMPP.
	 */
	void tend(List<Gateway> gateways) {
		Set<UUID> wanted = gateways.stream().map(Gateway::collective).collect(Collectors.toSet());
		List<Link> gone = new ArrayList<>();
		synchronized (this.links) {
			this.links.entrySet().removeIf((entry) -> {
				if (wanted.contains(entry.getKey())) {
					return false;
				}
				gone.add(entry.getValue());
				return true;
			});
		}
		gone.forEach(Link::close);
		gateways.forEach((gateway) -> of(gateway).keep());
	}

	@Override
	public void destroy() {
		List<Link> all;
		synchronized (this.links) {
			all = new ArrayList<>(this.links.values());
			this.links.clear();
		}
		all.forEach(Link::close);
	}

}
