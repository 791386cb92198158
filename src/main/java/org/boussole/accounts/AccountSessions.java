package org.boussole.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.boussole.accounts.UserAccountRepository.SessionRow;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Keeps every session in step with its account, on every node. Each request of a
 * logged-in person compares the session with the account's state, read from the database
 * at most once every {@link #RECHECK} per account and node:
 * <ul>
 * <li>a closed or disabled account, or a session older than the account's last end of
 * sessions (password changed or reset, staff membership lost), is ended and sent to the
 * login page;</li>
 * <li>roles given or taken since the login (a team joined or left) replace those of the
 * session.</li>
 * </ul>
 * On the node where the change happens, it applies at the next request; on the others,
 * within {@link #RECHECK}.
 */
@Component
class AccountSessions extends OncePerRequestFilter {

	/** How long a node trusts what it last read of an account. */
	static final Duration RECHECK = Duration.ofSeconds(5);

	/** What a session must agree with; empty for an unknown account. */
	record State(AccountStatus status, int generation, Set<Role> roles) {

		boolean ends(CurrentUser user) {
			return status == AccountStatus.CLOSED || status == AccountStatus.DISABLED
					|| generation != user.sessionGeneration();
		}

	}

	private final UserAccountRepository accounts;

	private final SessionPrincipal principal;

	private final Cache<UUID, Optional<State>> states;

	@Autowired
	AccountSessions(UserAccountRepository accounts, SessionPrincipal principal) {
		this(accounts, principal, Ticker.systemTicker());
	}

	AccountSessions(UserAccountRepository accounts, SessionPrincipal principal, Ticker ticker) {
		this.accounts = accounts;
		this.principal = principal;
		this.states = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(RECHECK).ticker(ticker).build();
	}

	/**
	 * Forgets what this node read of the account once the current transaction commits (at
	 * once without one), so that the change applies at the next request here.
	 */
	void changed(UUID accountId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					states.invalidate(accountId);
				}
			});
		}
		else {
			states.invalidate(accountId);
		}
	}

	/**
	 * @return the state of the account as this node knows it, empty for an unknown
	 * account
	 */
	Optional<State> state(UUID accountId) {
		return states.get(accountId, this::read);
	}

	/**
	 * @return the state, or {@literal null} for an unknown account or while the database
	 * cannot be reached: then the page itself answers (one that needs the database says
	 * the service is unavailable; one that does not shows nothing of the account)
	 */
	private @Nullable State stateOrNull(UUID accountId) {
		try {
			return state(accountId).orElse(null);
		}
		catch (DataAccessException ex) {
			return null;
		}
	}

	private Optional<State> read(UUID accountId) {
		List<SessionRow> rows = accounts.findSessionRows(accountId);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		rows.stream().map(SessionRow::getRole).filter(role -> role != null).forEach(roles::add);
		return Optional.of(new State(rows.get(0).getStatus(), rows.get(0).getGeneration(), roles));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			State state = stateOrNull(user.id());
			if (state != null && state.ends(user)) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/connexion?fin");
				return;
			}
			if (state != null && !state.roles().equals(user.roles())
					&& !AccountAuthenticationProvider.isPending(authentication)) {
				principal.replace(user.withRoles(state.roles()), request, response);
			}
		}
		chain.doFilter(request, response);
	}

}
