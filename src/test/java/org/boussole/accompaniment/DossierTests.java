package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DossierTests {

	static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	UUID beneficiary = UUID.randomUUID();

	UUID anne = UUID.randomUUID();

	UUID julien = UUID.randomUUID();

	UUID admin = UUID.randomUUID();

	static RequestDetails details() {
		return new RequestDetails(Situation.EMPLOYED, EnumSet.of(Wish.TRAIN), EnumSet.of(MeetingMode.PHONE),
				" le mardi ", "74100", " ", "<script>alert(1)</script>", "/metiers/D1102");
	}

	Dossier requested() {
		return Dossier.request(beneficiary, UUID.randomUUID(), UUID.randomUUID(), details(), T0);
	}

	@Test // #5
	void aRequestWaitsWithoutReferentAndStartsTheTimeline() {
		Dossier dossier = requested();
		assertThat(dossier.getStatus()).isEqualTo(DossierStatus.REQUESTED);
		assertThat(dossier.getReferentId()).isNull();
		assertThat(dossier.getAvailability()).isEqualTo("le mardi");
		assertThat(dossier.getCommune()).isNull();
		assertThat(dossier.getMessage()).isEqualTo("<script>alert(1)</script>");
		assertThat(dossier.timeline()).singleElement().satisfies(event -> {
			assertThat(event.getType()).isEqualTo(DossierEventType.REQUESTED);
			assertThat(event.getActorId()).isEqualTo(beneficiary);
			assertThat(event.getAt()).isEqualTo(T0);
		});
	}

	@Test // #5
	void assignmentOpensTheDossierWithOneReferent() {
		Dossier dossier = requested();
		dossier.assign(anne, admin, T0.plusSeconds(60));
		assertThat(dossier.getStatus()).isEqualTo(DossierStatus.OPEN);
		assertThat(dossier.isReferent(anne)).isTrue();
		assertThat(dossier.timeline()).extracting(DossierEvent::getType)
			.containsExactly(DossierEventType.REQUESTED, DossierEventType.ASSIGNED);
		assertThat(dossier.timeline().get(1).getActorId()).isEqualTo(admin);
		assertThat(dossier.getUpdatedAt()).isEqualTo(T0.plusSeconds(60));
		assertThatIllegalStateException().isThrownBy(() -> dossier.assign(julien, admin, T0.plusSeconds(90)));
		assertThat(dossier.isReferent(anne)).isTrue();
	}

	@Test // #5
	void automaticAssignmentIsAttributedToNobodyAndKeepsTheOrderOfTheTimeline() {
		Dossier dossier = requested();
		dossier.assign(anne, null, T0);
		assertThat(dossier.timeline()).extracting(DossierEvent::getType)
			.containsExactly(DossierEventType.REQUESTED, DossierEventType.ASSIGNED);
		assertThat(dossier.timeline().get(1).getActorId()).isNull();
	}

	@Test // #5
	void changeOfReferentNeedsANoteAndKeepsTheHistory() {
		Dossier dossier = requested();
		dossier.assign(anne, admin, T0);
		assertThatIllegalArgumentException().isThrownBy(() -> dossier.changeReferent(julien, admin, " ", T0));
		assertThatIllegalStateException().isThrownBy(() -> dossier.changeReferent(anne, admin, "Même", T0));
		assertThat(dossier.isReferent(anne)).isTrue();

		dossier.changeReferent(julien, admin, "Anne part ; le projet VAE est bien avancé.", T0.plusSeconds(5));
		assertThat(dossier.isReferent(julien)).isTrue();
		assertThat(dossier.isReferent(anne)).isFalse();
		assertThat(dossier.timeline()).filteredOn(e -> e.getReferentId() != null)
			.extracting(DossierEvent::getReferentId)
			.containsExactly(anne, julien);
		assertThat(dossier.timeline().get(2).getNote()).isEqualTo("Anne part ; le projet VAE est bien avancé.");
	}

	@Test // #5
	void closingNeedsAnOpenDossierAndRecordsTheOutcome() {
		Dossier dossier = requested();
		assertThatIllegalStateException().isThrownBy(() -> dossier.close(Outcome.JOB_FOUND, admin, null, T0));
		assertThatIllegalStateException().isThrownBy(() -> dossier.changeReferent(julien, admin, "note", T0));
		dossier.assign(anne, admin, T0);
		dossier.close(Outcome.JOB_FOUND, anne, "Embauchée en CDI", T0.plusSeconds(10));
		assertThat(dossier.getStatus()).isEqualTo(DossierStatus.CLOSED);
		assertThat(dossier.getOutcome()).isEqualTo(Outcome.JOB_FOUND);
		assertThat(dossier.isActive()).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> dossier.close(Outcome.OTHER, anne, null, T0));
		assertThatIllegalStateException().isThrownBy(() -> dossier.changeReferent(julien, admin, "note", T0));
		assertThatIllegalArgumentException().isThrownBy(() -> {
			Dossier other = requested();
			other.assign(anne, admin, T0);
			other.close(Outcome.OTHER, anne, "x".repeat(Dossier.MAX_NOTE + 1), T0);
		});
	}

	@Test // #5
	void reopeningKeepsTheReferentAndOnlyFollowsAClosing() {
		Dossier dossier = requested();
		assertThatIllegalStateException().isThrownBy(() -> dossier.reopen(admin, T0));
		dossier.assign(anne, admin, T0);
		assertThatIllegalStateException().isThrownBy(() -> dossier.reopen(admin, T0));
		dossier.close(Outcome.REDIRECTED, anne, null, T0.plusSeconds(1));
		dossier.reopen(anne, T0.plusSeconds(2));
		assertThat(dossier.getStatus()).isEqualTo(DossierStatus.OPEN);
		assertThat(dossier.getOutcome()).isNull();
		assertThat(dossier.isReferent(anne)).isTrue();
		assertThat(dossier.timeline()).extracting(DossierEvent::getType)
			.containsExactly(DossierEventType.REQUESTED, DossierEventType.ASSIGNED, DossierEventType.CLOSED,
					DossierEventType.REOPENED);
		dossier.close(Outcome.PROJECT_CLARIFIED, anne, null, T0.plusSeconds(3));
		assertThat(dossier.getOutcome()).isEqualTo(Outcome.PROJECT_CLARIFIED);
	}

	@Test // #5
	void onlyLocalPathsAreKeptAsOrigin() {
		assertThat(RequestDetails.safeOrigin("/metiers/D1102")).isEqualTo("/metiers/D1102");
		assertThat(RequestDetails.safeOrigin("//evil.example")).isNull();
		assertThat(RequestDetails.safeOrigin("https://evil.example/x")).isNull();
		assertThat(RequestDetails.safeOrigin("/\\evil.example")).isNull();
		assertThat(RequestDetails.safeOrigin("/a\nb")).isNull();
		assertThat(RequestDetails.safeOrigin("/" + "a".repeat(400))).isNull();
		assertThat(RequestDetails.safeOrigin(null)).isNull();
	}

	@Test // #8
	void theFirstAppointmentHonouredIsKeptOnceWhateverComesAfter() {
		Dossier dossier = requested();
		dossier.assign(anne, admin, T0);
		assertThat(dossier.getFirstHonouredAt()).isNull();

		assertThat(dossier.markFirstAppointmentHonoured(T0.plusSeconds(60))).isTrue();
		assertThat(dossier.getFirstHonouredAt()).isEqualTo(T0.plusSeconds(60));
		// honoured again after a correction, another appointment honoured, or after
		// closing
		assertThat(dossier.markFirstAppointmentHonoured(T0.plusSeconds(120))).isFalse();
		dossier.close(Outcome.PROJECT_CLARIFIED, anne, null, T0.plusSeconds(180));
		assertThat(dossier.markFirstAppointmentHonoured(T0.plusSeconds(240))).isFalse();
		assertThat(dossier.getFirstHonouredAt()).isEqualTo(T0.plusSeconds(60));
		// it is not a step of the timeline: the appointment's own step is
		assertThat(dossier.timeline()).extracting(DossierEvent::getType)
			.containsExactly(DossierEventType.REQUESTED, DossierEventType.ASSIGNED, DossierEventType.CLOSED);
	}

}
