package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.Part;

/**
 * An activity form whose files are over the container's limits comes back to the activity
 * with the message about too large files, instead of an error page.
 */
class ActivityUploadLimitTests {

	final ActivityUploadLimit filter = new ActivityUploadLimit();

	static MockHttpServletRequest tooLarge(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
			@Override
			public Collection<Part> getParts() {
				throw new IllegalStateException("the request was rejected because its size exceeds the limit");
			}
		};
		request.setContentType("multipart/form-data; boundary=x");
		return request;
	}

	@Test // #2
	void sendsATooLargeActivityFormBackToTheActivity() throws Exception {
		String path = "/mon-accompagnement/activites/" + UUID.randomUUID();
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(tooLarge(path), response, chain);
		assertThat(response.getStatus()).isEqualTo(303);
		assertThat(response.getHeader("Location")).isEqualTo(path + "?trop-lourd");
		assertThat(chain.getRequest()).isNull();
	}

	@Test // #2
	void leavesOtherAddressesToTheUsualAnswer() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletRequest other = tooLarge("/mon-accompagnement/activites/" + UUID.randomUUID() + "/plan");
		filter.doFilter(other, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(other);
	}

}
