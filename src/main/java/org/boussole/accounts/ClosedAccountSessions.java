package org.boussole.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
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
 * Ends the sessions of an account that was closed (by its owner) or disabled (by an
 * administrator) after they were opened, on every node: each request of a logged-in
 * person reads the state of the account from the database, at most once every
 * {@link #RECHECK} per account and node, and a closed or disabled account has its session
 * invalidated and is sent to the login page. On the node where the closure happens, the
 * session ends at once; on the others, within {@link #RECHECK}.
 */
@Component
class ClosedAccountSessions extends OncePerRequestFilter {

	/** How long a node trusts what it last read of an account's state. */
	static final Duration RECHECK = Duration.ofSeconds(5);

	private final UserAccountRepository accounts;

	/** Per account: whether its sessions must end. */
	private final Cache<UUID, Boolean> ended;

	@Autowired
	ClosedAccountSessions(UserAccountRepository accounts) {
		this(accounts, Ticker.systemTicker());
	}

	ClosedAccountSessions(UserAccountRepository accounts, Ticker ticker) {
		this.accounts = accounts;
		this.ended = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(RECHECK).ticker(ticker).build();
	}

	/** Notes that the account is closed, once the closure is committed. */
	void closed(UUID accountId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					ended.put(accountId, Boolean.TRUE);
				}
			});
		}
		else {
			ended.put(accountId, Boolean.TRUE);
		}
	}

	/**
	 * @return whether the sessions of that account must end: it is closed or disabled (an
	 * account unknown here is left to the rest of the security rules)
	 */
	boolean isEnded(UUID accountId) {
		return ended.get(accountId,
				id -> accounts.findStatusById(id)
					.map(status -> status == AccountStatus.CLOSED || status == AccountStatus.DISABLED)
					.orElse(false));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user && isEnded(user.id())) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/connexion");
			return;
		}
		chain.doFilter(request, response);
	}

}
