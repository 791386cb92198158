package org.boussole.content.event;

import java.time.Clock;

import org.boussole.accounts.AccountClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person closes their account, their registrations for events that have not ended
 * are cancelled, which frees the places; nobody is told by mail (the address is gone).
 * Past registrations stay as attendance figures, tied only to the anonymised account.
 */
@Component
class ClosedAccountRegistrations {

	private final PersonRegistrations registrations;

	private final Clock clock;

	ClosedAccountRegistrations(PersonRegistrations registrations, Clock clock) {
		this.registrations = registrations;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AccountClosed event) {
		registrations.upcomingOf(event.accountId(), clock.instant())
			.forEach(registration -> registration.cancel(clock.instant()));
	}

}
