package org.tejido.site.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateViewsTests {

	@TempDir
	Path templatesDir;

	@TempDir
	Path classesDir;

	private final StaticWebApplicationContext context = new StaticWebApplicationContext();

	private TemplateEngine templates;

	@BeforeEach
	void compileTemplatesWithTheirTextAsBytes() throws Exception {
		Files.writeString(this.templatesDir.resolve("greeting.jte"), """
				@param String name
				<p>¡Bienvenida, ${name}! Proteção coletiva · 保护</p>
				""");
		Files.writeString(this.templatesDir.resolve("broken.jte"), """
				@param String name
				<p>Before the failure</p>${name.substring(99)}<p>after</p>
				""");
		this.templates = TemplateEngine.create(new DirectoryCodeResolver(this.templatesDir), this.classesDir,
				ContentType.Html);
		this.templates.setBinaryStaticContent(true);
		this.context.setServletContext(new MockServletContext());
	}

	@Test
	void writesThePageInUtf8WithItsLength() throws Exception {
		MockHttpServletResponse response = render("greeting", Map.of("name", "Dayana & <Iñaki>"));

		String expected = "<p>¡Bienvenida, Dayana &amp; &lt;Iñaki&gt;! Proteção coletiva · 保护</p>\n";
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(response.getContentAsByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
		assertThat(response.getContentLength()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void writesNothingOfATemplateThatFailsHalfWay() {
		MockHttpServletResponse response = new MockHttpServletResponse();

		assertThatThrownBy(() -> render("broken", Map.of("name", "short"), response))
			.hasRootCauseInstanceOf(StringIndexOutOfBoundsException.class);
		assertThat(response.isCommitted()).isFalse();
		assertThat(response.getContentAsByteArray()).isEmpty();
	}

	@Test
	void findsOnlyTemplatesThatExist() throws Exception {
		assertThat(view("greeting").checkResource(Locale.ENGLISH)).isTrue();
		assertThat(view("missing").checkResource(Locale.ENGLISH)).isFalse();
	}

	private MockHttpServletResponse render(String name, Map<String, ?> model) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		render(name, model, response);
		return response;
	}

	private void render(String name, Map<String, ?> model, MockHttpServletResponse response) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, this.context);
		view(name).render(model, request, response);
	}

	private TemplateViews.BytesView view(String name) throws Exception {
		TemplateViews.BytesView view = new TemplateViews.BytesView(this.templates);
		view.setUrl(name + ".jte");
		view.setApplicationContext(this.context);
		view.afterPropertiesSet();
		return view;
	}

}
