package org.boussole.accounts;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The account itself in the personal data archive: {@code compte.json}. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountDataContributor implements PersonalDataContributor {

	private final UserAccountRepository accounts;

	AccountDataContributor(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "compte";
	}

	@Override
	@Transactional(readOnly = true)
	public void write(UUID accountId, ZipOutputStream zip) throws IOException {
		UserAccount account = accounts.findById(accountId).orElseThrow();
		PersonalDataZip.json(zip, "compte.json",
				new AccountData(account.getDisplayName(), account.getEmail(),
						account.getRoles().stream().map(Role::name).sorted().toList(), account.getCreatedAt(),
						account.getLastLoginAt(), account.getLocale().getLanguage()));
	}

	record AccountData(String nom, String adresseElectronique, List<String> roles, Instant creeLe,
			@Nullable Instant derniereConnexion, String langue) {
	}

}
