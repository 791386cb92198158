package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.network.NearbySite;
import org.boussole.network.NetworkManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accompaniment's figures of a period, on dossiers written in 2019 so that nothing
 * else of the shared test database falls in the periods: the edges of a period are
 * midnight in Paris, also the night the clocks change; a dossier sent back to the queue
 * is opened once; a closed dossier is no longer in progress.
 */
@AppIntegrationTest
class AccompanimentFiguresIntegrationTests {

	@Autowired
	AccompanimentFigures figures;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	AccountManagement accounts;

	@Autowired
	NetworkManagement network;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	NearbySite site;

	UUID anne;

	@BeforeEach
	void aSiteAndACounsellor() {
		site = network.nearestSite("74100").orElseThrow();
		anne = AccompanimentTestSupport.demo(accounts, "conseillere.annemasse").id();
	}

	@Test // #15
	void countsRequestsOpeningsClosingsAppointmentsAndMessagesOfAPeriodInParisTime() {
		CurrentUser late = AccompanimentTestSupport.newBeneficiary(accounts);
		CurrentUser followed = AccompanimentTestSupport.newBeneficiary(accounts);
		UUID structure = site.site().structureId();
		transactions.executeWithoutResult(status -> {
			// sent on the last evening of March (summer time began that night), given a
			// referent half an hour after midnight: requested in March, opened in April
			Dossier first = Dossier.request(late.id(), structure, site.site().id(),
					AccompanimentTestSupport.details("74100"), paris(2019, 3, 31, 23, 30));
			first.assign(anne, null, paris(2019, 4, 1, 0, 30));
			dossiers.save(first);
			// opened, sent back to the queue, opened again, then closed: opened once
			Dossier second = Dossier.request(followed.id(), structure, site.site().id(),
					AccompanimentTestSupport.details("74100"), paris(2019, 3, 10, 9, 0));
			second.assign(anne, null, paris(2019, 3, 12, 9, 0));
			second.returnToQueue(null, paris(2019, 3, 14, 9, 0));
			second.assign(anne, null, paris(2019, 3, 15, 9, 0));
			second.close(Outcome.JOB_FOUND, anne, null, paris(2019, 3, 20, 17, 0));
			dossiers.save(second);
		});
		UUID secondId = jdbc.queryForObject("select id from accompaniment.dossier where beneficiary_id = ?", UUID.class,
				followed.id());
		appointment(secondId, followed.id(), paris(2019, 3, 13, 10, 0), "VIDEO", "HONOURED", 42.5);
		appointment(secondId, followed.id(), paris(2019, 3, 16, 10, 0), "IN_PERSON", "HONOURED", null);
		appointment(secondId, followed.id(), paris(2019, 3, 18, 10, 0), "PHONE", "MISSED", null);
		message(secondId, followed.id(), paris(2019, 3, 13, 12, 0));
		message(secondId, anne, paris(2019, 4, 2, 12, 0));

		AccompanimentFigures.Counts march = figures.of(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), null);
		assertThat(march.requests()).isEqualTo(2);
		assertThat(march.dossiersOpened()).as("the second only, once").isEqualTo(1);
		assertThat(march.activeAtEnd()).as("the first, requested and waiting").isEqualTo(1);
		assertThat(march.closed()).isEqualTo(1);
		assertThat(march.closedByOutcome()).containsEntry(Outcome.JOB_FOUND, 1L).containsEntry(Outcome.OTHER, 0L);
		assertThat(march.medianDaysToAssignment()).isEqualTo(2.0);
		assertThat(march.held()).isEqualTo(2);
		assertThat(march.heldByMode()).containsEntry(MeetingMode.VIDEO, 1L)
			.containsEntry(MeetingMode.IN_PERSON, 1L)
			.containsEntry(MeetingMode.PHONE, 0L);
		assertThat(march.missedByMode()).containsEntry(MeetingMode.PHONE, 1L);
		assertThat(march.travelAvoidedKm()).isEqualTo(42.5);
		assertThat(march.messages()).isEqualTo(1);

		AccompanimentFigures.Counts april = figures.of(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 30), null);
		assertThat(april.requests()).isZero();
		assertThat(april.dossiersOpened()).isEqualTo(1);
		assertThat(april.medianDaysToAssignment()).as("one hour, across midnight in summer time")
			.isCloseTo(1.0 / 24, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(april.activeAtEnd()).isEqualTo(1);
		assertThat(april.messages()).isEqualTo(1);

		AccompanimentFigures.Counts elsewhere = figures.of(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31),
				UUID.randomUUID());
		assertThat(elsewhere.requests()).isZero();
		assertThat(elsewhere.held()).isZero();
		assertThat(elsewhere.medianDaysToAssignment()).isNull();
		assertThat(figures.of(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), structure).requests()).isEqualTo(2);
	}

	@Test // #15
	void aReversedPeriodIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> figures.of(LocalDate.of(2019, 3, 2), LocalDate.of(2019, 3, 1), null));
	}

	private void appointment(UUID dossierId, UUID beneficiaryId, Instant start, String mode, String status, Double km) {
		jdbc.update("""
				insert into accompaniment.appointment (id, dossier_id, counsellor_id, beneficiary_id, start_at, end_at,
					zone, mode, status, sequence, travel_avoided_km, created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, 'Europe/Paris', ?, ?, 0, ?, ?, ?, 0)""", UUID.randomUUID(), dossierId, anne,
				beneficiaryId, Timestamp.from(start), Timestamp.from(start.plusSeconds(3600)), mode, status, km,
				Timestamp.from(start), Timestamp.from(start));
	}

	private void message(UUID dossierId, UUID authorId, Instant at) {
		jdbc.update(
				"""
						insert into accompaniment.message (id, dossier_id, author_id, from_beneficiary, body, sent_at, form_token,
							recipient_notified)
						values (?, ?, ?, ?, 'Bonjour', ?, ?, true)""",
				UUID.randomUUID(), dossierId, authorId, !authorId.equals(anne), Timestamp.from(at), UUID.randomUUID());
	}

	private static Instant paris(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(AccompanimentFigures.ZONE).toInstant();
	}

}
