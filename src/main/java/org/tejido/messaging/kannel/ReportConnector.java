package org.tejido.messaging.kannel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import org.tejido.messaging.MessagingSettings;

/**
 * With {@code tejido.messaging.report-port} set, Kannel's calls get a port of their own,
 * on the loopback address by default, served by a few threads
 * ({@code tejido.messaging.report-threads}). An alert to thousands brings two delivery
 * reports a message within seconds; on the site's port they would take as many of its
 * threads as Kannel opens connections, and share the cores with the sending and the
 * members' pages thread for thread. On their own port they wait their turn (Kannel keeps
 * them until answered), the alert goes out first, and the site stays quick. That port
 * serves Kannel's two paths and nothing else.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ReportConnector {

	/**
	 * Connections open at once; more wait to be accepted. Enough for the reports that
	 * wait to be kept ({@link DeliveryReportFilter#MAX_WAITING}) and those on their way.
	 */
	static final int MAX_CONNECTIONS = 2 * DeliveryReportFilter.MAX_WAITING;

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> kannelReportConnector(MessagingSettings settings) {
		return (factory) -> {
			if (settings.reportPort() > 0) {
				factory.addAdditionalConnectors(connector(settings));
			}
		};
	}

	@Bean
	FilterRegistrationBean<Filter> kannelReportPortServesKannelOnly(MessagingSettings settings) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new KannelOnly(settings.reportPort()));
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setAsyncSupported(true);
		registration.setName("kannelReportPortServesKannelOnly");
		registration.setEnabled(settings.reportPort() > 0);
		return registration;
	}

	private static Connector connector(MessagingSettings settings) {
		Connector connector = new Connector(Http11NioProtocol.class.getName());
		connector.setPort(settings.reportPort());
		Http11NioProtocol protocol = (Http11NioProtocol) connector.getProtocolHandler();
		try {
			protocol.setAddress(InetAddress.getByName(settings.reportAddress()));
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(
					"tejido.messaging.report-address is not an address of this host: " + settings.reportAddress(), ex);
		}
		protocol.setMaxThreads(settings.reportThreads());
		protocol.setMinSpareThreads(settings.reportThreads());
		protocol.setMaxKeepAliveRequests(-1);
		return connector;
	}

	/** On the report port, anything but Kannel's two paths is not found. */
	private record KannelOnly(int reportPort) implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (request.getLocalPort() == this.reportPort && request instanceof HttpServletRequest http
					&& response instanceof HttpServletResponse answer && !isKannel(http.getRequestURI())) {
				answer.setStatus(HttpServletResponse.SC_NOT_FOUND);
				answer.setContentLength(0);
				return;
			}
			chain.doFilter(request, response);
		}

		private static boolean isKannel(String path) {
			return Callbacks.DELIVERY.equals(path) || Callbacks.INBOUND.equals(path);
		}

	}

}
