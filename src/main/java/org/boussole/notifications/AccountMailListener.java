package org.boussole.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.boussole.accounts.AccountEvents.EmailConfirmationRequested;
import org.boussole.accounts.AccountEvents.LoginUnlockRequested;
import org.boussole.accounts.AccountEvents.PasswordChanged;
import org.boussole.accounts.AccountEvents.PasswordResetRequested;
import org.boussole.accounts.AccountEvents.SignUpWithTakenAddress;
import org.boussole.accounts.AccountEvents.StaffInvited;
import org.boussole.network.StaffEvents;
import org.boussole.shared.BoussoleSettings;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mails that follow what happens to accounts: address confirmation, a
 * sign-up with an address that has an account, password reset, login unlock, staff
 * invitation (and invitation of an existing account to a team), password changed. Each
 * runs after the accounts module has committed, and queues its mail in the outbox.
 */
@Component
class AccountMailListener {

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final BoussoleSettings settings;

	AccountMailListener(MailOutbox outbox, MessageSource messages, BoussoleSettings settings) {
		this.outbox = outbox;
		this.messages = messages;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(EmailConfirmationRequested event) {
		outbox.queue(event.email(), event.language(), "confirm-email", "notifications.mail.confirm.subject",
				Map.of("displayName", event.displayName(), "link", event.link()));
	}

	@ApplicationModuleListener
	void on(SignUpWithTakenAddress event) {
		outbox.queue(event.email(), event.language(), "sign-up-taken", "notifications.mail.taken.subject",
				Map.of("displayName", event.displayName(), "loginLink", settings.link("/connexion"), "resetLink",
						settings.link("/mot-de-passe-oublie")));
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		outbox.queue(event.email(), event.language(), "password-reset", "notifications.mail.reset.subject",
				Map.of("displayName", event.displayName(), "link", event.link()));
	}

	@ApplicationModuleListener
	void on(LoginUnlockRequested event) {
		outbox.queue(event.email(), event.language(), "login-unlock", "notifications.mail.unlock.subject",
				Map.of("displayName", event.displayName(), "link", event.link()));
	}

	@ApplicationModuleListener
	void on(StaffInvited event) {
		Locale locale = MailLanguage.of(event.language());
		List<String> roles = event.roles()
			.stream()
			.sorted()
			.map(role -> messages.getMessage(role.messageKey(), null, role.name(), locale))
			.toList();
		outbox.queue(event.email(), event.language(), "staff-invitation", "notifications.mail.invite.subject",
				Map.of("displayName", event.displayName(), "link", event.link(), "roles", String.join(", ", roles),
						"invitedBy", event.invitedBy()));
	}

	@ApplicationModuleListener
	void on(StaffEvents.MembershipOffered event) {
		Locale locale = MailLanguage.of(event.language());
		outbox.queue(event.email(), event.language(), "team-invitation", "notifications.mail.team.subject",
				Map.of("displayName", event.displayName(), "link", event.link(), "structure", event.structureName(),
						"role", messages.getMessage(event.role().messageKey(), null, event.role().name(), locale),
						"invitedBy", event.invitedBy()));
	}

	@ApplicationModuleListener
	void on(PasswordChanged event) {
		outbox.queue(event.email(), event.language(), "password-changed", "notifications.mail.changed.subject",
				Map.of("displayName", event.displayName(), "resetLink", settings.link("/mot-de-passe-oublie")));
	}

}
