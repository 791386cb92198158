package org.boussole.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.boussole.accompaniment.AppointmentNotices;
import org.boussole.accounts.AccountEvents.EmailConfirmationRequested;
import org.boussole.accounts.AccountManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The notifications module on its own (with the system module for the embedded database):
 * an account event from the accounts module ends up as a mail in the outbox.
 */
@ApplicationModuleTest(extraIncludes = "system")
class NotificationsModuleTests {

	@Autowired
	OutboxMailRepository mails;

	// the accounts module is not started here: its API is mocked, as for any other module
	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	AppointmentNotices appointments;

	@Test // #2
	void queuesTheConfirmationMailOfANewAccount(Scenario scenario) {
		String email = "module-" + UUID.randomUUID() + "@example.org";
		var event = new EmailConfirmationRequested(UUID.randomUUID(), email, "Camille Martin", "fr",
				"http://localhost:8080/inscription/confirmer?jeton=abc");

		scenario.publish(event)
			.andWaitForStateChange(
					() -> mails.findByRecipientContainingIgnoreCase(email, PageRequest.of(0, 1)).getContent())
			.andVerify(queued -> {
				assertThat(queued).hasSize(1);
				assertThat(queued.get(0).getSubject()).isNotBlank();
			});
	}

}
