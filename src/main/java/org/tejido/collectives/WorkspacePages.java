package org.tejido.collectives;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;

import org.tejido.site.Page;

/**
 * Prepares a page of a collective for any module: marks it never to be stored, and puts
 * the {@link Workspace} its frame ({@code collectives/frame.jte}: the collective's
 * navigation and the "leave now" link) needs into the model as {@code ws}.
 */
public interface WorkspacePages {

	Model frame(Model model, Page page, Membership membership, CsrfToken csrf, HttpServletResponse response);

}
