package org.boussole.content.event;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipOutputStream;

import org.boussole.accounts.PersonalDataContributor;
import org.boussole.accounts.PersonalDataZip;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's event registrations in their personal data archive
 * ({@code inscriptions-evenements.json}).
 */
@Component
@Order(30)
class RegistrationPersonalData implements PersonalDataContributor {

	private final PersonRegistrations registrations;

	RegistrationPersonalData(PersonRegistrations registrations) {
		this.registrations = registrations;
	}

	@Override
	public String name() {
		return "inscriptions-evenements";
	}

	@Override
	@Transactional(readOnly = true)
	public void write(UUID accountId, ZipOutputStream zip) throws IOException {
		List<RegistrationData> data = registrations.withEventsOf(accountId).stream().map(row -> {
			Registration registration = (Registration) row[0];
			Event event = (Event) row[1];
			return new RegistrationData(event.getId(), event.getTitle(),
					event.getKind() == EventKind.WORKSHOP ? "atelier" : "réunion d'information", event.getStartsAt(),
					event.getEndsAt(), registration.getRegisteredAt(), registration.isActive(),
					registration.getCancelledAt());
		}).toList();
		PersonalDataZip.json(zip, "inscriptions-evenements.json", data);
	}

	record RegistrationData(UUID evenement, String titre, String type, Instant debut, Instant fin, Instant inscritLe,
			boolean active, @Nullable Instant annuleeLe) {
	}

}
