package org.tejido.collectives.web;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.web.csrf.CsrfToken;

import org.tejido.collectives.Membership;
import org.tejido.site.Page;

/**
 * What every collective page knows: the page, who is looking, and the collective's name.
 */
@NamedInterface("workspace")
public record Workspace(Page page, Membership membership, String name, CsrfToken csrf) {

	/** A link inside the collective, e.g. {@code href("/members")}. */
	public String href(String path) {
		return this.page.href("/c/" + this.membership.collective() + path);
	}

	public boolean coordinates() {
		return this.membership.isCoordinator();
	}

	public boolean isAlly() {
		return this.membership.isAlly();
	}

}
