package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class ClosedAccountSessionsTests {

	final UserAccountRepository accounts = mock(UserAccountRepository.class);

	final AtomicLong nanos = new AtomicLong();

	final ClosedAccountSessions filter = new ClosedAccountSessions(accounts, nanos::get);

	final CurrentUser user = new CurrentUser(UUID.randomUUID(), "lea@exemple.org", "Léa", EnumSet.of(Role.BENEFICIARY),
			false);

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test // #5
	void anAccountClosedElsewhereLosesItsSessionOnceTheShortRecheckIsOver() throws Exception {
		when(accounts.findStatusById(user.id())).thenReturn(Optional.of(AccountStatus.ACTIVE));
		assertThat(request().getStatus()).isEqualTo(200);

		when(accounts.findStatusById(user.id())).thenReturn(Optional.of(AccountStatus.CLOSED));
		later(Duration.ofSeconds(1));
		assertThat(request().getStatus()).as("within the recheck, the state read last holds").isEqualTo(200);

		later(ClosedAccountSessions.RECHECK);
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse refused = request(session);
		assertThat(refused.getRedirectedUrl()).isEqualTo("/connexion");
		assertThat(session.isInvalid()).isTrue();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test // #5
	void theStateIsReadOncePerRecheckNotOncePerRequest() throws Exception {
		when(accounts.findStatusById(user.id())).thenReturn(Optional.of(AccountStatus.ACTIVE));
		for (int i = 0; i < 10; i++) {
			request();
		}
		verify(accounts, times(1)).findStatusById(any());
	}

	@Test // #5
	void aClosureOnThisNodeEndsTheSessionsAtOnce() throws Exception {
		when(accounts.findStatusById(user.id())).thenReturn(Optional.of(AccountStatus.ACTIVE));
		request();
		filter.closed(user.id());
		assertThat(request().getRedirectedUrl()).isEqualTo("/connexion");
	}

	@Test // #5
	void anActiveOrUnknownAccountKeepsItsSession() throws Exception {
		when(accounts.findStatusById(user.id())).thenReturn(Optional.empty());
		assertThat(request().getRedirectedUrl()).isNull();
		assertThat(filter.isEnded(UUID.randomUUID())).isFalse();
	}

	private void later(Duration duration) {
		nanos.addAndGet(duration.toNanos());
	}

	private MockHttpServletResponse request() throws Exception {
		return request(new MockHttpSession());
	}

	private MockHttpServletResponse request(MockHttpSession session) throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, java.util.List.of()));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/compte");
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
