package org.tejido.library.catalogue;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.library.ResourceLinks;

@Component
class PublishedResourceLinks implements ResourceLinks {

	private final Resources resources;

	PublishedResourceLinks(Resources resources) {
		this.resources = resources;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ResourceLink> find(String slug, String lang) {
		return this.resources.findBySlug(slug).map((resource) -> new ResourceLink(slug, resource.titleIn(lang).text()));
	}

}
