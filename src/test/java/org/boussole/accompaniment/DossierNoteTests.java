package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DossierNoteTests {

	private final Instant now = Instant.parse("2026-05-04T08:00:00Z");

	private final UUID counsellor = UUID.randomUUID();

	@Test // #5
	void privateNotesAreOnTheStaffTimelineOnly() {
		assertThat(DossierEventType.NOTE_ADDED.isVisibleToBeneficiary()).isFalse();
		assertThat(DossierEventType.SUMMARY_SHARED.isVisibleToBeneficiary()).isTrue();
		for (DossierEventType type : DossierEventType.values()) {
			assertThat(type.isVisibleToBeneficiary()).as(type.name()).isEqualTo(type != DossierEventType.NOTE_ADDED);
		}
	}

	@Test // #5
	void anOpenDossierRecordsNotesAndSummariesWithoutTheirText() {
		Dossier dossier = open();
		dossier.recordNote(counsellor, false, now.plusSeconds(10));
		dossier.recordNote(counsellor, true, now.plusSeconds(20));
		assertThat(dossier.timeline()).extracting(DossierEvent::getType)
			.endsWith(DossierEventType.NOTE_ADDED, DossierEventType.SUMMARY_SHARED);
		assertThat(dossier.timeline()).allSatisfy(event -> assertThat(event.getNote()).isNull());
		assertThat(dossier.getUpdatedAt()).isEqualTo(now.plusSeconds(20));
	}

	@Test // #5
	void requestedAndClosedDossiersTakeNoNote() {
		Dossier requested = Dossier.request(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				AccompanimentTestSupport.details("74100"), now);
		assertThatIllegalStateException().isThrownBy(() -> requested.recordNote(counsellor, false, now));
		Dossier closed = open();
		closed.close(Outcome.JOB_FOUND, counsellor, null, now.plusSeconds(5));
		assertThatIllegalStateException().isThrownBy(() -> closed.recordNote(counsellor, true, now.plusSeconds(6)));
	}

	private Dossier open() {
		Dossier dossier = Dossier.request(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				AccompanimentTestSupport.details("74100"), now);
		dossier.assign(counsellor, null, now);
		return dossier;
	}

}
