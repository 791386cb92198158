package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every address the application serves, found from its request mappings so that new pages
 * are covered without editing this test: private ones refuse anonymous visitors,
 * administration refuses the other roles, and every state-changing request needs a CSRF
 * token.
 */
@AppIntegrationTest
class AccessRulesTests {

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	/** The roles that each staff area refuses, whatever the object asked for. */
	private static final Map<String, List<String>> REFUSED_ROLES = Map.of("/admin",
			List.of("BENEFICIARY", "COUNSELLOR", "EDITOR", "FUNDER"), "/conseil",
			List.of("BENEFICIARY", "EDITOR", "FUNDER"), "/redaction",
			List.of("BENEFICIARY", "COUNSELLOR", "STRUCTURE_ADMIN", "FUNDER"));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test // #2
	void privatePagesRedirectAnonymousVisitorsToLogin() {
		List<String> open = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			if (isPublic(endpoint.path())) {
				continue;
			}
			var result = mvc.perform(builder(endpoint).with(csrf()));
			int status = result.getResponse().getStatus();
			String location = result.getResponse().getRedirectedUrl();
			if (!(status == 302 && location != null && location.endsWith("/connexion")) && status != 401) {
				open.add(endpoint + " -> " + status);
			}
		}
		assertThat(open).as("private addresses reachable anonymously").isEmpty();
		assertThat(endpoints()).as("the test sees the application's addresses").hasSizeGreaterThan(5);
	}

	@Test // #2
	void staffAreasRefuseOtherRoles() {
		List<String> open = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			List<String> refused = REFUSED_ROLES.entrySet()
				.stream()
				.filter(area -> endpoint.path().startsWith(area.getKey()))
				.flatMap(area -> area.getValue().stream())
				.toList();
			for (String role : refused) {
				int status = mvc.perform(builder(endpoint).with(csrf()).with(as(role))).getResponse().getStatus();
				if (status != 403) {
					open.add(endpoint + " as " + role + " -> " + status);
				}
			}
		}
		assertThat(open).as("staff areas reachable by other roles").isEmpty();
	}

	@Test // #2
	void everyStateChangingRequestNeedsACsrfToken() {
		List<String> unprotected = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.method() == HttpMethod.GET) {
				continue;
			}
			int status = mvc.perform(builder(endpoint).with(as("NETWORK_ADMIN"))).getResponse().getStatus();
			if (status != 403) {
				unprotected.add(endpoint + " -> " + status);
			}
		}
		assertThat(unprotected).as("state-changing requests accepted without CSRF token").isEmpty();
	}

	@Test // #2
	void loginAndLogoutNeedACsrfToken() {
		assertThat(mvc.post().uri("/connexion").param("email", "x@example.org").param("password", "y")).hasStatus(403);
		assertThat(mvc.post().uri("/deconnexion").with(as("BENEFICIARY"))).hasStatus(403);
	}

	private static RequestPostProcessor as(String role) {
		return user("access-" + role.toLowerCase() + "@example.org").roles(role);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder builder(
			Endpoint endpoint) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(endpoint.method(),
				endpoint.path());
	}

	private static boolean isPublic(String path) {
		for (String pattern : SecurityConfiguration.PUBLIC_PAGES) {
			if (PATHS.match(pattern, path)) {
				return true;
			}
		}
		return path.equals("/connexion/code");
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("org.boussole")) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
				if (methods.isEmpty()) {
					endpoints.add(new Endpoint(HttpMethod.GET, path));
				}
				for (RequestMethod method : methods) {
					endpoints.add(new Endpoint(method.asHttpMethod(), path));
				}
			}
		});
		return endpoints;
	}

	record Endpoint(HttpMethod method, String path) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

}
