package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.boussole.shared.ClientAddress;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The search limit counts per client behind a reverse proxy as Spring Boot sets Tomcat up
 * for each {@code server.forward-headers-strategy}, on a real server: two clients behind
 * the proxy get two buckets, and without a proxy configured a forged
 * {@code X-Forwarded-For} picks no bucket.
 */
class SearchLimitBehindProxyTests {

	/** Tomcat as Boot configures it, with one servlet counting searches. */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class,
			TomcatServletWebServerAutoConfiguration.class })
	@EnableConfigurationProperties(SearchLimitSettings.class)
	@Import({ ClientAddress.class, SearchRateLimit.class })
	static class Server {

		@Bean
		ServletRegistrationBean<HttpServlet> search(SearchRateLimit limit, ClientAddress clientAddress) {
			HttpServlet servlet = new HttpServlet() {

				@Override
				protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
					response.setStatus(limit.tryAcquire(request).allowed() ? 200 : 429);
					response.getWriter().write(clientAddress.of(request));
				}

			};
			return new ServletRegistrationBean<>(servlet, "/recherche");
		}

	}

	private static ConfigurableApplicationContext start(String strategy) {
		// as arguments, so that they win over application.properties
		return new SpringApplicationBuilder(Server.class).web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--server.forward-headers-strategy=" + strategy,
					"--boussole.search.limit.requests-per-minute=2", "--spring.main.banner-mode=off");
	}

	private static HttpResponse<String> search(ConfigurableApplicationContext server, @Nullable String forwardedFor)
			throws Exception {
		int port = ((WebServerApplicationContext) server).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/recherche"));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofString());
	}

	@Test
	void behindTomcatsRemoteIpValveTwoClientsGetTwoBuckets() throws Exception {
		try (ConfigurableApplicationContext server = start("native")) {
			assertThat(search(server, "192.0.2.1").body()).isEqualTo("192.0.2.1");
			assertThat(search(server, "192.0.2.1").statusCode()).isEqualTo(200);
			assertThat(search(server, "192.0.2.1").statusCode()).isEqualTo(429);
			// a client that writes an address itself before the proxy's is still counted
			// at its own
			assertThat(search(server, "198.51.100.9, 192.0.2.1").statusCode()).isEqualTo(429);
			assertThat(search(server, "192.0.2.2").statusCode()).isEqualTo(200);
			assertThat(search(server, "192.0.2.2").body()).isEqualTo("192.0.2.2");
		}
	}

	@Test
	void withSpringsForwardedHeaderFilterTheProxysAddressIsTheOneCounted() throws Exception {
		try (ConfigurableApplicationContext server = start("framework")) {
			System.out
				.println("DEBUG strategy=" + server.getEnvironment().getProperty("server.forward-headers-strategy"));
			var f = ClientAddress.class.getDeclaredField("framework");
			f.setAccessible(true);
			System.out.println("DEBUG framework=" + f.get(server.getBean(ClientAddress.class)));
			assertThat(search(server, "192.0.2.1").body()).isEqualTo("192.0.2.1");
			assertThat(search(server, "192.0.2.1").statusCode()).isEqualTo(200);
			assertThat(search(server, "192.0.2.1").statusCode()).isEqualTo(429);
			// the filter alone would count the first address, which the client writes
			HttpResponse<String> forged = search(server, "198.51.100.9, 192.0.2.1");
			assertThat(forged.body()).isEqualTo("192.0.2.1");
			assertThat(forged.statusCode()).isEqualTo(429);
			assertThat(search(server, "192.0.2.2").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void withoutAProxyConfiguredTheHeaderIsIgnored() throws Exception {
		try (ConfigurableApplicationContext server = start("none")) {
			assertThat(search(server, "192.0.2.1").body()).isEqualTo("127.0.0.1");
			assertThat(search(server, "192.0.2.1").statusCode()).isEqualTo(200);
			// forging another address picks no other bucket
			assertThat(search(server, "192.0.2.2").statusCode()).isEqualTo(429);
			assertThat(search(server, null).statusCode()).isEqualTo(429);
		}
	}

}
