package org.tejido.site.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.stereotype.Component;

import org.tejido.site.Page;

/**
 * Lets any controller method take a {@link Page} parameter.
 */
@Component
class PageArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final Pages pages;

	PageArgumentResolver(Pages pages) {
		this.pages = pages;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Page.class.equals(parameter.getParameterType());
	}

	@Override
	public Page resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		return this.pages.forHandledRequest(request.getNativeRequest(HttpServletRequest.class));
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

}
