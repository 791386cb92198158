package org.boussole.content.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountClosed;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.network.NetworkManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's registrations in their personal data, and the places they free when they
 * close their account.
 */
@AppIntegrationTest
class ClosedAccountRegistrationsIntegrationTests {

	@Autowired
	EventRepository events;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	EventManagement management;

	@Autowired
	NetworkManagement network;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RegistrationPersonalData personalData;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Test // #5
	void registrationsAreExportedAndUpcomingOnesFreedWhenTheAccountCloses() throws Exception {
		Event event = EventTestSupport.publishedEvent(events, network, EventTestSupport.GENEVOIS, 10);
		CurrentUser person = EventTestSupport.newBeneficiary(accounts);
		CurrentUser other = EventTestSupport.newBeneficiary(accounts);
		management.register(event.getId(), person.id());
		management.register(event.getId(), other.id());
		assertThat(registrations.countByEventIdAndActiveTrue(event.getId())).isEqualTo(2);

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			personalData.write(person.id(), zip);
		}
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			assertThat(zip.getNextEntry().getName()).isEqualTo("inscriptions-evenements.json");
			assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).contains(event.getTitle(),
					"\"active\" : true");
		}

		transactions
			.executeWithoutResult(status -> publisher.publishEvent(new AccountClosed(person.id(), person.email())));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(registrations.countByEventIdAndActiveTrue(event.getId())).isEqualTo(1));
		assertThat(registrations.findByEventIdAndPersonId(event.getId(), person.id()).orElseThrow().isActive())
			.isFalse();
		assertThat(registrations.findByEventIdAndPersonId(event.getId(), other.id()).orElseThrow().isActive()).isTrue();
	}

}
