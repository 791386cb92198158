package org.boussole.accompaniment.appointment;

import java.time.Clock;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires the proposals nobody answered before the end of their hold
 * ({@code boussole.appointments.proposal-hold}), so that their times are offered again.
 * Their times are already free for booking from the end of the hold: this records it.
 */
@Component
class ProposalExpiryJob {

	private final ProposalManagement proposals;

	private final Clock clock;

	ProposalExpiryJob(ProposalManagement proposals, Clock clock) {
		this.proposals = proposals;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${boussole.appointments.proposal-expiry-interval:5m}", initialDelayString = "90s")
	public void expireDueProposals() {
		expireAt(clock.instant());
	}

	/**
	 * @return how many proposals expired
	 */
	public int expireAt(Instant now) {
		return proposals.expireDue(now);
	}

}
