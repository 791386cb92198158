package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DossierAnonymisationTests {

	static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	UUID beneficiary = UUID.randomUUID();

	UUID anne = UUID.randomUUID();

	Dossier requested() {
		return Dossier.request(beneficiary, UUID.randomUUID(), UUID.randomUUID(), DossierTests.details(), T0);
	}

	@Test // #5
	void anOpenDossierOfAClosedAccountIsClosedAndKeepsOnlyWhatTheFiguresCount() {
		Dossier dossier = requested();
		dossier.assign(anne, null, T0.plusSeconds(60));
		dossier.changeReferent(UUID.randomUUID(), anne, "Projet de formation, situation familiale difficile",
				T0.plusSeconds(120));

		dossier.anonymiseForClosedAccount(T0.plusSeconds(180));

		assertThat(dossier.getStatus()).isEqualTo(DossierStatus.CLOSED);
		assertThat(dossier.getOutcome()).isEqualTo(Outcome.NO_LONGER_REACHABLE);
		assertThat(dossier.getMessage()).isNull();
		assertThat(dossier.getAvailability()).isNull();
		assertThat(dossier.getOrigin()).isNull();
		assertThat(dossier.getPostalCode()).isEqualTo("74000");
		assertThat(dossier.getSituation()).isEqualTo(Situation.EMPLOYED);
		assertThat(dossier.getRequestedAt()).isEqualTo(T0);
		assertThat(dossier.timeline()).allSatisfy(event -> assertThat(event.getNote()).isNull());
		assertThat(dossier.timeline()).last().satisfies(event -> {
			assertThat(event.getType()).isEqualTo(DossierEventType.ACCOUNT_CLOSED);
			assertThat(event.getActorId()).isNull();
		});
	}

	@Test // #5
	void aRequestOfAClosedAccountIsClosedWithoutReferentAndCannotBeReopened() {
		Dossier dossier = requested();
		dossier.anonymiseForClosedAccount(T0.plusSeconds(60));
		assertThat(dossier.getStatus()).isEqualTo(DossierStatus.CLOSED);
		assertThat(dossier.getReferentId()).isNull();
		assertThatIllegalStateException().isThrownBy(() -> dossier.reopen(anne, T0.plusSeconds(120)));
	}

	@Test // #5
	void aClosedDossierKeepsItsOutcome() {
		Dossier dossier = requested();
		dossier.assign(anne, null, T0.plusSeconds(60));
		dossier.close(Outcome.JOB_FOUND, anne, "Embauchée chez X", T0.plusSeconds(120));
		dossier.anonymiseForClosedAccount(T0.plusSeconds(180));
		assertThat(dossier.getOutcome()).isEqualTo(Outcome.JOB_FOUND);
		assertThat(dossier.timeline()).allSatisfy(event -> assertThat(event.getNote()).isNull());
	}

}
