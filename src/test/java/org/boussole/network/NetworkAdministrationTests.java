package org.boussole.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountStatus;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.Role;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class NetworkAdministrationTests {

	StructureRepository structures = mock(StructureRepository.class);

	SiteRepository sites = mock(SiteRepository.class);

	StaffMembershipRepository memberships = mock(StaffMembershipRepository.class);

	AccountManagement accounts = mock(AccountManagement.class);

	Clock clock = Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneOffset.UTC);

	NetworkAdministration admin = new NetworkAdministration(structures, sites, memberships,
			new LocalityCatalogue(mock(Localities.class)), clock, event -> {
			});

	StaffManagement staff = new StaffManagement(admin, memberships, accounts,
			mock(org.boussole.accounts.AccountNames.class), event -> {
			}, new org.boussole.shared.BoussoleSettings(java.nio.file.Path.of("data"),
					java.net.URI.create("http://localhost:8080"), true),
			clock);

	Structure ofpc = new Structure("OFPC", Country.CH, null, Instant.EPOCH);

	@Test // #2
	void invitingRecordsTheMembershipWithTheRoleAndTheStructuresLocalDate() {
		// given
		var user = NetworkTestUsers.person(Role.STRUCTURE_ADMIN);
		UUID invited = UUID.randomUUID();
		when(structures.findById(ofpc.getId())).thenReturn(Optional.of(ofpc));
		when(memberships.isActive(user.id(), ofpc.getId(), StaffRole.STRUCTURE_ADMIN)).thenReturn(true);
		when(accounts.invite("anne@ofpc.test", "Anne", EnumSet.of(Role.COUNSELLOR), Locale.FRENCH, user.displayName()))
			.thenReturn(new AccountSummary(invited, "anne@ofpc.test", "Anne", Set.of(Role.COUNSELLOR),
					AccountStatus.INVITED));
		// when
		boolean added = staff.inviteStaff(user, ofpc.getId(), " anne@ofpc.test ", "Anne", StaffRole.COUNSELLOR,
				Locale.FRENCH);
		// then
		assertThat(added).isTrue();
		ArgumentCaptor<StaffMembership> saved = ArgumentCaptor.forClass(StaffMembership.class);
		verify(memberships).save(saved.capture());
		assertThat(saved.getValue().getAccountId()).isEqualTo(invited);
		assertThat(saved.getValue().getRole()).isEqualTo(StaffRole.COUNSELLOR);
		assertThat(saved.getValue().isActive()).as("it gives nothing until accepted").isFalse();
		// already 2 March in Geneva
		assertThat(saved.getValue().getSince()).isEqualTo(LocalDate.of(2026, 3, 2));
	}

	@Test // #2
	void invitationThatCannotBeSentChangesNothingAndSaysSoOnTheForm() {
		var user = NetworkTestUsers.networkAdmin();
		when(structures.findById(ofpc.getId())).thenReturn(Optional.of(ofpc));
		when(accounts.invite(anyString(), anyString(), any(), any(), anyString()))
			.thenThrow(new UnsupportedOperationException());
		assertThatExceptionOfType(FormProblem.class)
			.isThrownBy(
					() -> staff.inviteStaff(user, ofpc.getId(), "a@b.test", "A", StaffRole.COUNSELLOR, Locale.FRENCH))
			.satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("network.staff.error.unavailable"));
		verify(memberships, never()).save(any());
	}

	@Test // #2
	void structureAdminOfAnotherStructureIsForbiddenBeforeAnythingHappens() {
		var user = NetworkTestUsers.person(Role.STRUCTURE_ADMIN);
		when(structures.findById(ofpc.getId())).thenReturn(Optional.of(ofpc));
		assertThatExceptionOfType(ResponseStatusException.class).isThrownBy(
				() -> staff.inviteStaff(user, ofpc.getId(), "a@b.test", "A", StaffRole.STRUCTURE_ADMIN, Locale.FRENCH))
			.satisfies(ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
		verifyNoInteractions(accounts);
		verify(memberships, never()).save(any());
		assertThatExceptionOfType(ResponseStatusException.class)
			.isThrownBy(() -> admin.structure(user, UUID.randomUUID()))
			.satisfies(ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
		verify(memberships, never()).existsByAccountIdAndStructureIdAndRole(any(), eq(ofpc.getId()),
				eq(StaffRole.COUNSELLOR));
	}

}
