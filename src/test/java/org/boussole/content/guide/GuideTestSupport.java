package org.boussole.content.guide;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** People acting in the guide tests, logged in without the login pages. */
final class GuideTestSupport {

	private GuideTestSupport() {
	}

	static CurrentUser person(String name, Role role) {
		UUID id = UUID.randomUUID();
		return new CurrentUser(id, "guide-" + id + "@exemple.org", name, EnumSet.of(role), true);
	}

	static CurrentUser person(UUID id, String name, Role role) {
		return new CurrentUser(id, "guide-" + id + "@exemple.org", name, EnumSet.of(role), true);
	}

	static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
	}

	static Document html(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String uniqueSlug(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
