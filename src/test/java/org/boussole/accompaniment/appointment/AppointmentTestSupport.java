package org.boussole.accompaniment.appointment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;

import org.boussole.accompaniment.AppointmentTestDossiers;
import org.boussole.accompaniment.MeetingMode;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Fresh counsellors available every day, and beneficiaries they follow. */
final class AppointmentTestSupport {

	static final String PASSWORD = "Une phrase de passe assez longue 42";

	private AppointmentTestSupport() {
	}

	static CurrentUser newAccount(AccountManagement accounts, String kind, Role role) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		return user(accounts.createActiveAccount(kind + "-" + id + "@appointment.test", kind + " " + id,
				EnumSet.of(role), PASSWORD));
	}

	/**
	 * @return a counsellor available every day from 8:00 to 18:00 (Paris), one-hour
	 * slots, by video or phone
	 */
	static CurrentUser availableCounsellor(AccountManagement accounts, AvailabilityRuleRepository rules) {
		CurrentUser counsellor = newAccount(accounts, "conseiller", Role.COUNSELLOR);
		for (DayOfWeek day : DayOfWeek.values()) {
			rules.save(new AvailabilityRule(counsellor.id(),
					new SlotCalculator.Rule(day, LocalTime.of(8, 0), LocalTime.of(18, 0), null,
							EnumSet.of(MeetingMode.VIDEO, MeetingMode.PHONE), 60, ZoneId.of("Europe/Paris")),
					java.time.Instant.now()));
		}
		return counsellor;
	}

	/**
	 * @return a beneficiary with an open dossier followed by that counsellor
	 */
	static CurrentUser followedBy(ApplicationContext context, AccountManagement accounts, CurrentUser counsellor) {
		CurrentUser person = newAccount(accounts, "beneficiaire", Role.BENEFICIARY);
		AppointmentTestDossiers.openDossier(context, person.id(), counsellor.id());
		return person;
	}

	static CurrentUser user(AccountSummary account) {
		return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles(), false);
	}

	static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
	}

}
