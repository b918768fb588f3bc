package org.tejido.site;

import org.junit.jupiter.api.Test;

import org.tejido.support.HtmlValidator;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page is valid HTML, in every language.
 */
public interface ValidHtmlContract extends RunningTejido {

	@Test
	default void everyKindOfPageIsValidHtml() {
		for (Lang lang : Lang.values()) {
			for (String path : SitePagesContract.EVERY_KIND_OF_PAGE) {
				String page = http().get("/" + lang.code() + path).body();
				assertThat(HtmlValidator.errorsIn(page)).as(lang.code() + path).isEmpty();
			}
		}
	}

	@Test
	default void theCheckerFindsErrorsWhereThereAreSome() {
		assertThat(HtmlValidator.errorsIn("<!DOCTYPE html><html lang=en><title>x</title><p><div></span>")).isNotEmpty();
	}

}
