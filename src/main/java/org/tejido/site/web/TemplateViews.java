package org.tejido.site.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders the site's pages to UTF-8 bytes. The templates' fixed text was encoded once,
 * when they were compiled ({@code binaryStaticContent} in the build), so a page encodes
 * only what it fills in, and reaches the response in one write instead of a character
 * writer's many. A template that fails half-way leaves nothing written: the error page
 * answers instead of half a page.
 */
@Configuration(proxyBeanMethods = false)
class TemplateViews {

	@Bean
	JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
		return new JteViewResolver(templates, properties) {

			@Override
			protected AbstractUrlBasedView instantiateView() {
				return new BytesView(templates);
			}

			@Override
			protected Class<?> requiredViewClass() {
				return AbstractTemplateView.class;
			}

		};
	}

	static final class BytesView extends AbstractTemplateView {

		private final TemplateEngine templates;

		BytesView(TemplateEngine templates) {
			this.templates = templates;
		}

		@Override
		public boolean checkResource(Locale locale) {
			return this.templates.hasTemplate(getUrl());
		}

		@Override
		protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
				HttpServletResponse response) throws IOException {
			Utf8ByteOutput output = new Utf8ByteOutput();
			this.templates.render(getUrl(), model, output);
			byte[] page = output.toByteArray();
			response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
			response.setContentLength(page.length);
			response.getOutputStream().write(page);
		}

	}

}
