package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.boussole.accounts.UserAccountRepository.SessionRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

class AccountSessionsTests {

	final UserAccountRepository accounts = mock(UserAccountRepository.class);

	final AtomicLong nanos = new AtomicLong();

	final AccountSessions filter = new AccountSessions(accounts, new SessionPrincipal(), nanos::get);

	final CurrentUser user = new CurrentUser(UUID.randomUUID(), "lea@exemple.org", "Léa", EnumSet.of(Role.BENEFICIARY),
			false);

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test // #5
	void anAccountClosedElsewhereLosesItsSessionOnceTheShortRecheckIsOver() throws Exception {
		account(AccountStatus.ACTIVE, 0, Role.BENEFICIARY);
		assertThat(request().getStatus()).isEqualTo(200);

		account(AccountStatus.CLOSED, 0, Role.BENEFICIARY);
		later(Duration.ofSeconds(1));
		assertThat(request().getStatus()).as("within the recheck, the state read last holds").isEqualTo(200);

		later(AccountSessions.RECHECK);
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse refused = request(session);
		assertThat(refused.getRedirectedUrl()).isEqualTo("/connexion?fin");
		assertThat(session.isInvalid()).isTrue();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test // #5
	void theStateIsReadOncePerRecheckNotOncePerRequest() throws Exception {
		account(AccountStatus.ACTIVE, 0, Role.BENEFICIARY);
		for (int i = 0; i < 10; i++) {
			request();
		}
		verify(accounts, times(1)).findSessionRows(any());
	}

	@Test // #5
	void aChangeOnThisNodeAppliesAtTheNextRequest() throws Exception {
		account(AccountStatus.ACTIVE, 0, Role.BENEFICIARY);
		request();
		account(AccountStatus.CLOSED, 0, Role.BENEFICIARY);
		filter.changed(user.id());
		assertThat(request().getRedirectedUrl()).isEqualTo("/connexion?fin");
	}

	@Test // #5
	void anActiveOrUnknownAccountKeepsItsSession() throws Exception {
		when(accounts.findSessionRows(user.id())).thenReturn(List.of());
		assertThat(request().getRedirectedUrl()).isNull();
		assertThat(filter.state(UUID.randomUUID())).isEmpty();
	}

	@Test // #21
	void aSessionOpenedBeforeTheSessionsWereEndedIsEnded() throws Exception {
		account(AccountStatus.ACTIVE, 1, Role.BENEFICIARY);
		MockHttpSession session = new MockHttpSession();
		assertThat(request(session).getRedirectedUrl()).isEqualTo("/connexion?fin");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test // #21
	void theSessionThatEndedTheOthersGoesOn() throws Exception {
		account(AccountStatus.ACTIVE, 1, Role.BENEFICIARY);
		CurrentUser kept = user.withSessionGeneration(1);
		assertThat(request(new MockHttpSession(), kept).getRedirectedUrl()).isNull();
	}

	@Test // #21
	void rolesGivenOrTakenSinceTheLoginReplaceThoseOfTheSession() throws Exception {
		account(AccountStatus.ACTIVE, 0, Role.BENEFICIARY, Role.COUNSELLOR);
		MockHttpSession session = new MockHttpSession();
		assertThat(request(session).getRedirectedUrl()).isNull();
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		assertThat(((CurrentUser) authentication.getPrincipal()).roles()).containsExactlyInAnyOrder(Role.BENEFICIARY,
				Role.COUNSELLOR);
		assertThat(authentication.getAuthorities()).extracting(a -> a.getAuthority()).contains("ROLE_COUNSELLOR");
		assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
			.as("kept in the session for the next requests")
			.isNotNull();
	}

	@Test // #21
	void aLoginWaitingForItsSecondFactorGetsNoRole() throws Exception {
		account(AccountStatus.ACTIVE, 0, Role.NETWORK_ADMIN);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
					List.of(new SimpleGrantedAuthority(AccountAuthenticationProvider.TOTP_PENDING))));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/connexion/code");
		request.setSession(new MockHttpSession());
		filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
		assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
			.extracting(a -> a.getAuthority())
			.containsExactly(AccountAuthenticationProvider.TOTP_PENDING);
	}

	private void account(AccountStatus status, int generation, Role... roles) {
		List<SessionRow> rows = new ArrayList<>();
		for (Role role : Set.of(roles)) {
			rows.add(row(status, generation, role));
		}
		when(accounts.findSessionRows(user.id())).thenReturn(rows);
	}

	private static SessionRow row(AccountStatus status, int generation, Role role) {
		return new SessionRow() {
			@Override
			public AccountStatus getStatus() {
				return status;
			}

			@Override
			public int getGeneration() {
				return generation;
			}

			@Override
			public Role getRole() {
				return role;
			}
		};
	}

	private void later(Duration duration) {
		nanos.addAndGet(duration.toNanos());
	}

	private MockHttpServletResponse request() throws Exception {
		return request(new MockHttpSession());
	}

	private MockHttpServletResponse request(MockHttpSession session) throws Exception {
		return request(session, user);
	}

	private MockHttpServletResponse request(MockHttpSession session, CurrentUser who) throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null, who.authorities()));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/compte");
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
