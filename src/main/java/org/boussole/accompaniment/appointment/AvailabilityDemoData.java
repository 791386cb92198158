package org.boussole.accompaniment.appointment;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.boussole.accompaniment.MeetingMode;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountSummary;
import org.boussole.network.SiteSummary;
import org.boussole.shared.DemoDataPolicy;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Weekly availability for the demo counsellors, so that the demo beneficiaries can book:
 * in person at their site on Tuesday and Thursday mornings (or by video), remotely on
 * Wednesday afternoons. Loaded after the demo dossiers, only for counsellors without any
 * rule.
 */
@Component
@Order(210)
class AvailabilityDemoData implements ApplicationRunner {

	private static final String DOMAIN = "@demo.boussole.test";

	private static final List<String> COUNSELLORS = List.of("conseillere.annemasse", "conseiller.chambery",
			"conseillere.geneve");

	private final DemoDataPolicy policy;

	private final AccountManagement accounts;

	private final AvailabilityManagement availability;

	private final TransactionTemplate transactions;

	AvailabilityDemoData(DemoDataPolicy policy, AccountManagement accounts, AvailabilityManagement availability,
			TransactionTemplate transactions) {
		this.policy = policy;
		this.accounts = accounts;
		this.availability = availability;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!policy.allowsDemoData()) {
			return;
		}
		for (String login : COUNSELLORS) {
			accounts.findByEmail(login + DOMAIN)
				.map(AccountSummary::id)
				.filter(id -> availability.rulesOf(id).isEmpty())
				.ifPresent(id -> transactions.executeWithoutResult(status -> load(id)));
		}
	}

	private void load(UUID counsellor) {
		UUID site = availability.sitesOf(counsellor).stream().findFirst().map(SiteSummary::id).orElse(null);
		if (site != null) {
			for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)) {
				availability.addRule(counsellor,
						rule(day, 9, 12, site, EnumSet.of(MeetingMode.IN_PERSON, MeetingMode.VIDEO)));
			}
		}
		availability.addRule(counsellor,
				rule(DayOfWeek.WEDNESDAY, 14, 17, null, EnumSet.of(MeetingMode.VIDEO, MeetingMode.PHONE)));
	}

	private static SlotCalculator.Rule rule(DayOfWeek day, int from, int to,
			@org.jspecify.annotations.Nullable UUID site, EnumSet<MeetingMode> modes) {
		return new SlotCalculator.Rule(day, LocalTime.of(from, 0), LocalTime.of(to, 0), site, modes, 60,
				AvailabilityManagement.DEFAULT_ZONE);
	}

}
