package org.boussole.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The name to show for an account: the person's own, or « Compte fermé » / "Closed
 * account" (from the message bundles, in the reader's language) once its owner closed it.
 * No display text is stored for a closed account.
 */
@Component
public class AccountNames {

	/** The message key of the name shown for a closed account. */
	public static final String CLOSED_NAME_KEY = "accounts.closedName";

	private final MessageSource messages;

	private final AccountManagement accounts;

	AccountNames(MessageSource messages, AccountManagement accounts) {
		this.messages = messages;
		this.accounts = accounts;
	}

	/**
	 * @return the name to show, in the language of the current request
	 */
	public String of(AccountSummary account) {
		return in(account, LocaleContextHolder.getLocale());
	}

	/**
	 * @return the name to show, in that language
	 */
	public String in(AccountSummary account, Locale locale) {
		return account.closed() ? closedName(locale) : account.displayName();
	}

	/**
	 * @return the name to show for this account, in the language of the current request,
	 * or empty when there is no such account
	 */
	public Optional<String> ofAccount(UUID accountId) {
		return accounts.findById(accountId).map(this::of);
	}

	/**
	 * @return « Compte fermé » or "Closed account"
	 */
	public String closedName(Locale locale) {
		return messages.getMessage(CLOSED_NAME_KEY, null, "", locale);
	}

}
