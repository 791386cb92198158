package org.boussole.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import jakarta.servlet.http.HttpServletRequestWrapper;

class ClientAddressTests {

	static MockHttpServletRequest fromProxy(String header, String value) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("10.0.0.5");
		request.addHeader(header, value);
		return request;
	}

	@Test
	void withoutAProxyTheConnectionsAddressIsTheClients() {
		ClientAddress none = new ClientAddress("none");
		assertThat(none.of(fromProxy("X-Forwarded-For", "192.0.2.1"))).isEqualTo("10.0.0.5");
		assertThat(new ClientAddress("native").of(fromProxy("X-Forwarded-For", "192.0.2.1"))).isEqualTo("10.0.0.5");
	}

	@Test
	void withTheFrameworkStrategyTheAddressAppendedByTheProxyIsTheClients() {
		ClientAddress framework = new ClientAddress("FRAMEWORK");
		assertThat(framework.of(fromProxy("X-Forwarded-For", "198.51.100.9, 192.0.2.1"))).isEqualTo("192.0.2.1");
		assertThat(framework.of(fromProxy("X-Forwarded-For", "192.0.2.1:4711"))).isEqualTo("192.0.2.1");
		assertThat(framework.of(fromProxy("X-Forwarded-For", "2001:db8::1"))).isEqualTo("2001:db8::1");
		assertThat(framework.of(fromProxy("Forwarded", "for=198.51.100.9, for=\"[2001:db8::7]:4711\";proto=https")))
			.isEqualTo("2001:db8::7");
		// read on the request as received, under the wrappers of filters
		assertThat(framework.of(new HttpServletRequestWrapper(fromProxy("X-Forwarded-For", "192.0.2.3"))))
			.isEqualTo("192.0.2.3");
		// nothing usable: the connection's address
		assertThat(framework.of(fromProxy("X-Forwarded-For", "unknown"))).isEqualTo("10.0.0.5");
		assertThat(framework.of(fromProxy("X-Other", "192.0.2.1"))).isEqualTo("10.0.0.5");
	}

}
