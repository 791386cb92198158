package org.boussole.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends the other sessions of an account closed by its owner (another browser, another
 * device): their next request finds the account in the list of recently closed ones, the
 * session is invalidated and the person is sent to the login page. The list lives in
 * memory, long enough for any session opened before the closure to expire.
 */
@Component
class ClosedAccountSessions extends OncePerRequestFilter {

	private final Cache<UUID, Boolean> closed = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofHours(12))
		.build();

	/** Notes that the account is closed, once the closure is committed. */
	void closed(UUID accountId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					closed.put(accountId, Boolean.TRUE);
				}
			});
		}
		else {
			closed.put(accountId, Boolean.TRUE);
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& closed.getIfPresent(user.id()) != null) {
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
