package org.tejido.risk.internal;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import org.tejido.collectives.Sealed;

/** A review's content to and from its sealed JSON document. */
@Component
class ContentSeal {

	private final JsonMapper json;

	ContentSeal(JsonMapper json) {
		this.json = json;
	}

	byte[] seal(Sealed sealing, ReviewContent content) {
		byte[] sealed = sealing.seal(Review.CONTENT, this.json.writeValueAsString(content));
		if (sealed == null) {
			throw new IllegalStateException("a review's content is never empty");
		}
		return sealed;
	}

	ReviewContent open(Sealed sealing, byte[] sealed) {
		return this.json.readValue(sealing.open(Review.CONTENT, sealed), ReviewContent.class);
	}

}
