package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.boussole.shared.ClientAddress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;

class SearchRateLimitTests {

	static MockHttpServletRequest from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/recherche");
		request.setRemoteAddr(address);
		return request;
	}

	@Test
	void aClientMayMakeTheConfiguredNumberOfSearchesThenWaits() {
		SearchRateLimit limit = new SearchRateLimit(new SearchLimitSettings(3, 1000), new ClientAddress("none"));
		for (int i = 0; i < 3; i++) {
			SearchRateLimit.Verdict verdict = limit.tryAcquire(from("192.0.2.10"));
			assertThat(verdict.allowed()).isTrue();
			assertThat(verdict.remaining()).isEqualTo(2 - i);
		}
		SearchRateLimit.Verdict refused = limit.tryAcquire(from("192.0.2.10"));
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfterSeconds()).isBetween(1L, 20L);
		assertThat(refused.headers().toSingleValueMap()).containsEntry("RateLimit-Limit", "3")
			.containsEntry("RateLimit-Remaining", "0")
			.containsEntry("RateLimit-Policy", "3;w=60")
			.containsEntry("Retry-After", Long.toString(refused.retryAfterSeconds()))
			.containsKey("RateLimit-Reset");
		// another client has its own bucket
		assertThat(limit.tryAcquire(from("192.0.2.11")).allowed()).isTrue();
		assertThat(limit.tryAcquire(from("192.0.2.11")).headers().toSingleValueMap()).doesNotContainKey("Retry-After");
	}

	@Test
	void theLimitIsConfigured() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map
			.of("boussole.search.limit.requests-per-minute", "30", "boussole.search.limit.max-addresses", "50")));
		assertThat(binder.bind("boussole.search.limit", SearchLimitSettings.class).get())
			.isEqualTo(new SearchLimitSettings(30, 50));
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchLimitSettings(0, 50));
	}

}
