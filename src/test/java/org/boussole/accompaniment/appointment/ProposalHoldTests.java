package org.boussole.accompaniment.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.boussole.accompaniment.MeetingMode;
import org.junit.jupiter.api.Test;

/**
 * A proposal keeps its times for its hold only, and closes when the person books
 * elsewhere.
 */
class ProposalHoldTests {

	static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	static final Duration HOLD = Duration.ofHours(48);

	static AppointmentProposal proposal() {
		Instant start = NOW.plus(Duration.ofDays(5));
		return new AppointmentProposal(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				List.of(new ProposedSlot.Time(start, start.plus(Duration.ofHours(1)), ZoneId.of("Europe/Paris"),
						MeetingMode.VIDEO, null),
						new ProposedSlot.Time(start.plus(Duration.ofHours(2)), start.plus(Duration.ofHours(3)),
								ZoneId.of("Europe/Paris"), MeetingMode.PHONE, null)),
				NOW, HOLD);
	}

	@Test // #2
	void holdsItsTimesUntilTheEndOfTheHold() {
		AppointmentProposal proposal = proposal();
		assertThat(proposal.getHoldUntil()).isEqualTo(NOW.plus(HOLD));
		assertThat(proposal.holds(NOW.plus(HOLD).minusSeconds(1))).isTrue();
		assertThat(proposal.holds(NOW.plus(HOLD))).isFalse();
	}

	@Test // #2
	void cannotBePickedOnceTheHoldIsOverEvenBeforeTheExpiryIsRecorded() {
		AppointmentProposal proposal = proposal();
		UUID slot = proposal.getSlots().get(0).getId();
		assertThatThrownBy(() -> proposal.pick(slot, NOW.plus(HOLD))).isInstanceOf(AppointmentRefused.class)
			.hasMessage(AppointmentRefused.HOLD_EXPIRED);
		assertThatThrownBy(() -> proposal.decline("Trop tard", NOW.plus(HOLD)))
			.hasMessage(AppointmentRefused.HOLD_EXPIRED);
		assertThatThrownBy(() -> proposal.withdraw(NOW.plus(HOLD))).hasMessage(AppointmentRefused.PROPOSAL_CLOSED);
		assertThat(proposal.getStatus()).isEqualTo(AppointmentProposal.Status.OPEN);
		assertThat(proposal.pick(slot, NOW.plus(HOLD).minusSeconds(1)).getId()).isEqualTo(slot);
	}

	@Test // #2
	void expiresOnceWhenTheHoldIsOverAndOnlyIfStillOpen() {
		AppointmentProposal proposal = proposal();
		assertThat(proposal.expireIfDue(NOW.plus(Duration.ofHours(47)))).isFalse();
		assertThat(proposal.expireIfDue(NOW.plus(Duration.ofHours(49)))).isTrue();
		assertThat(proposal.getStatus()).isEqualTo(AppointmentProposal.Status.EXPIRED);
		assertThat(proposal.getDecidedAt()).isEqualTo(NOW.plus(HOLD));
		assertThat(proposal.expireIfDue(NOW.plus(Duration.ofHours(50)))).isFalse();
		assertThatThrownBy(() -> proposal.pick(proposal.getSlots().get(0).getId(), NOW))
			.hasMessage(AppointmentRefused.HOLD_EXPIRED);

		AppointmentProposal picked = proposal();
		picked.pick(picked.getSlots().get(0).getId(), NOW);
		assertThat(picked.expireIfDue(NOW.plus(Duration.ofDays(3)))).isFalse();
		assertThat(picked.getStatus()).isEqualTo(AppointmentProposal.Status.PICKED);
	}

	@Test // #2
	void isSupersededWhenThePersonBooksAnotherTimeAndStaysAnsweredOtherwise() {
		AppointmentProposal open = proposal();
		open.supersede(NOW);
		assertThat(open.getStatus()).isEqualTo(AppointmentProposal.Status.SUPERSEDED);
		assertThat(open.holds(NOW)).isFalse();

		AppointmentProposal declined = proposal();
		declined.decline("Pas disponible", NOW);
		declined.supersede(NOW);
		assertThat(declined.getStatus()).isEqualTo(AppointmentProposal.Status.DECLINED);
	}

	@Test // #2
	void aHoldOfNothingIsRefusedAtStart() {
		assertThatThrownBy(() -> new AppointmentSettings(Duration.ofHours(24), Duration.ofDays(56),
				"https://meet.jit.si/boussole-", java.time.LocalTime.of(17, 0), Duration.ofMinutes(5), Duration.ZERO,
				Duration.ofMinutes(5)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("proposal-hold");
	}

}
