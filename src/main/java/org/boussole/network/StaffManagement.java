package org.boussole.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.boussole.accounts.AccountEvents;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.accounts.AccountStatus;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.boussole.shared.BoussoleSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The teams of the structures. An administrator offers a membership; it gives nothing (no
 * role, no dossier, no place in the assignment) until the person accepts it while signed
 * in, or sets the first password of the account the invitation created. Removing a
 * membership takes back what it gave: the role when no other membership holds it, the
 * person's other sessions, and the dossiers they followed in that structure.
 */
@Service
@Transactional
class StaffManagement {

	/** Where a signed-in person answers the invitations waiting for them. */
	static final String INVITATIONS_PATH = "/compte/equipes";

	/** The longest handover note, as for a change of referent. */
	static final int MAX_NOTE = 2000;

	/** A member of a structure's staff, as listed on its staff page. */
	record StaffMember(UUID membershipId, UUID accountId, String displayName, String email, StaffRole role,
			LocalDate since, boolean invited) {
	}

	/** An invitation waiting for the person's answer. */
	record Invitation(UUID membershipId, String structureName, StaffRole role, LocalDate since) {
	}

	private final NetworkAdministration admin;

	private final StaffMembershipRepository memberships;

	private final AccountManagement accounts;

	private final AccountNames names;

	private final ApplicationEventPublisher events;

	private final BoussoleSettings site;

	private final Clock clock;

	StaffManagement(NetworkAdministration admin, StaffMembershipRepository memberships, AccountManagement accounts,
			AccountNames names, ApplicationEventPublisher events, BoussoleSettings site, Clock clock) {
		this.admin = admin;
		this.memberships = memberships;
		this.accounts = accounts;
		this.names = names;
		this.events = events;
		this.site = site;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<StaffMember> staff(CurrentUser user, UUID structureId) {
		admin.structure(user, structureId);
		List<StaffMembership> members = memberships.findByStructure(structureId);
		Map<UUID, AccountSummary> people = accounts
			.findAll(members.stream().map(StaffMembership::getAccountId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
		return members.stream().filter(member -> people.containsKey(member.getAccountId())).map(member -> {
			AccountSummary person = people.get(member.getAccountId());
			return new StaffMember(member.getId(), person.id(), names.of(person), person.email(), member.getRole(),
					member.getSince(), !member.isActive());
		}).sorted(Comparator.comparing(StaffMember::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	/**
	 * @return the member of that structure, when this person may manage it; otherwise 404
	 */
	@Transactional(readOnly = true)
	StaffMember member(CurrentUser user, UUID structureId, UUID membershipId) {
		return staff(user, structureId).stream()
			.filter(member -> member.membershipId().equals(membershipId))
			.findFirst()
			.orElseThrow(StaffManagement::notFound);
	}

	/**
	 * Offers a membership: a new account is invited to set its password (which accepts
	 * it); a person who already has an account is asked to confirm while signed in.
	 * @return whether an invitation was recorded (false when they already held or were
	 * offered that role there)
	 */
	boolean inviteStaff(CurrentUser user, UUID structureId, String email, String displayName, StaffRole role,
			Locale locale) {
		Structure structure = admin.structure(user, structureId);
		boolean roleGiven = accounts.findByEmail(email.strip())
			.map(existing -> !existing.roles().contains(role.accountRole()))
			.orElse(true);
		AccountSummary account;
		try {
			account = accounts.invite(email.strip(), displayName.strip(), EnumSet.of(role.accountRole()), locale,
					user.displayName());
		}
		catch (IllegalArgumentException ex) {
			throw new FormProblem("email", "network.staff.error.refused");
		}
		catch (UnsupportedOperationException | IllegalStateException ex) {
			throw new FormProblem("email", "network.staff.error.unavailable");
		}
		if (memberships.existsByAccountIdAndStructureIdAndRole(account.id(), structureId, role)) {
			return false;
		}
		StaffMembership invitation = memberships
			.save(StaffMembership.invitation(account.id(), structure, role, today(structure), user.id(), roleGiven));
		if (account.status() != AccountStatus.INVITED) {
			events.publishEvent(new StaffEvents.MembershipOffered(invitation.getId(), account.id(), account.email(),
					names.of(account), accounts.languageOf(account.id()), structure.getName(), role, user.displayName(),
					site.link(INVITATIONS_PATH)));
		}
		return true;
	}

	/** For the demo data and tests: a membership that holds at once, for an account. */
	boolean addMembership(Structure structure, UUID accountId, StaffRole role) {
		if (memberships.existsByAccountIdAndStructureIdAndRole(accountId, structure.getId(), role)) {
			return false;
		}
		memberships.save(StaffMembership.active(accountId, structure, role, today(structure)));
		return true;
	}

	/**
	 * Removes a membership, or withdraws an invitation. A counsellor's open dossiers in
	 * that structure go to {@code handoverTo} (with the note) or back to the queue.
	 * @param handoverTo a current counsellor of the structure, or {@literal null}
	 * @param note what the new referent should know, required with {@code handoverTo}
	 */
	void removeMembership(CurrentUser user, UUID structureId, UUID membershipId, @Nullable UUID handoverTo,
			@Nullable String note) {
		admin.structure(user, structureId);
		StaffMembership membership = memberships.findById(membershipId)
			.filter(found -> found.getStructure().getId().equals(structureId))
			.orElseThrow(StaffManagement::notFound);
		UUID accountId = membership.getAccountId();
		if (accountId.equals(user.id()) && membership.grantsAdministration()
				&& !NetworkAdministration.isNetworkAdmin(user)) {
			// a structure administrator would lock themselves out
			throw new FormProblem("membership", "network.staff.error.removeSelf");
		}
		String handoverNote = handoverTo == null ? null : checkHandover(membership, handoverTo, note);
		memberships.delete(membership);
		if (!membership.isActive()) {
			return;
		}
		StaffRole role = membership.getRole();
		if (!memberships.holdsActiveRole(accountId, role) && (role != StaffRole.EDITOR || membership.gaveRole())) {
			accounts.revokeStaffRole(accountId, role.accountRole());
		}
		if (!accountId.equals(user.id())) {
			accounts.endSessions(accountId);
		}
		if (role == StaffRole.COUNSELLOR) {
			events.publishEvent(
					new StaffEvents.CounsellorLeft(accountId, structureId, handoverTo, handoverNote, user.id()));
		}
	}

	@Transactional(readOnly = true)
	List<Invitation> invitationsOf(CurrentUser user) {
		return memberships.findInvitationsOf(user.id())
			.stream()
			.map(m -> new Invitation(m.getId(), m.getStructure().getName(), m.getRole(), m.getSince()))
			.toList();
	}

	/**
	 * The person accepts an invitation made to them: they join the team and receive the
	 * role (their session takes it at the next request).
	 */
	void accept(CurrentUser user, UUID membershipId) {
		StaffMembership invitation = invitationOf(user, membershipId);
		invitation.accept(today(invitation.getStructure()));
		accounts.grantStaffRole(user.id(), invitation.getRole().accountRole());
	}

	/** The person declines an invitation made to them: it is withdrawn. */
	void decline(CurrentUser user, UUID membershipId) {
		memberships.delete(invitationOf(user, membershipId));
	}

	/**
	 * A person invited without an account set their first password through the
	 * invitation: that accepts the memberships offered to the new account.
	 */
	@ApplicationModuleListener
	void on(AccountEvents.InvitationAccepted event) {
		memberships.findInvitationsOf(event.accountId())
			.forEach(invitation -> invitation.accept(today(invitation.getStructure())));
	}

	private StaffMembership invitationOf(CurrentUser user, UUID membershipId) {
		return memberships.findById(membershipId)
			.filter(found -> found.getAccountId().equals(user.id()) && !found.isActive())
			.orElseThrow(StaffManagement::notFound);
	}

	private String checkHandover(StaffMembership leaving, UUID handoverTo, @Nullable String note) {
		if (leaving.getRole() != StaffRole.COUNSELLOR || handoverTo.equals(leaving.getAccountId())
				|| !memberships.isActive(handoverTo, leaving.getStructure().getId(), StaffRole.COUNSELLOR)) {
			throw new FormProblem("handoverTo", "network.staff.error.handoverTo");
		}
		if (note == null || note.isBlank() || note.strip().length() > MAX_NOTE) {
			throw new FormProblem("note", "network.staff.error.handoverNote");
		}
		return note.strip();
	}

	private LocalDate today(Structure structure) {
		return LocalDate.now(clock.withZone(structure.timeZone()));
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
