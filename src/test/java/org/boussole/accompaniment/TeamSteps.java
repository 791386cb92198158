package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accompaniment.AccompanimentTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What administrators and staff do with a structure's team, through its pages: invite a
 * person, who accepts while signed in, and remove a membership.
 */
final class TeamSteps {

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	TeamSteps(MockMvcTester mvc, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	/** The administrator invites the person's address to the team with that role. */
	void invite(CurrentUser admin, UUID structureId, CurrentUser person, String role) {
		assertThat(mvc.post()
			.uri("/admin/reseau/structures/{id}/equipe", structureId)
			.param("email", person.email())
			.param("displayName", person.displayName())
			.param("role", role)
			.with(as(admin))
			.with(csrf())).hasStatus3xxRedirection();
	}

	/** The person, signed in, accepts the invitation. */
	void accept(CurrentUser person, UUID structureId, String role) {
		assertThat(mvc.post()
			.uri("/compte/equipes/{id}/accepter", membership(person, structureId, role))
			.with(as(person))
			.with(csrf())).hasStatus3xxRedirection();
	}

	/** Both steps: the person becomes a member of the team. */
	void join(CurrentUser admin, UUID structureId, CurrentUser person, String role) {
		invite(admin, structureId, person, role);
		accept(person, structureId, role);
	}

	/**
	 * The administrator removes the membership, handing the counsellor's dossiers over to
	 * {@code successor} (or back to the queue when {@literal null}).
	 */
	void remove(CurrentUser admin, UUID structureId, CurrentUser person, String role, @Nullable CurrentUser successor,
			@Nullable String note) {
		var request = mvc.post()
			.uri("/admin/reseau/structures/{id}/equipe/{m}/retirer", structureId, membership(person, structureId, role))
			.with(as(admin))
			.with(csrf());
		if (successor != null) {
			request = request.param("handoverTo", successor.id().toString()).param("note", note);
		}
		assertThat(request).hasStatus3xxRedirection();
	}

	UUID membership(CurrentUser person, UUID structureId, String role) {
		return jdbc.queryForObject(
				"select id from network.staff_membership where account_id = ? and structure_id = ? and role = ?",
				UUID.class, person.id(), structureId, role);
	}

	@Nullable String membershipStatus(CurrentUser person, UUID structureId, String role) {
		return jdbc.queryForList(
				"select status from network.staff_membership where account_id = ? and structure_id = ? and role = ?",
				String.class, person.id(), structureId, role)
			.stream()
			.findFirst()
			.orElse(null);
	}

	/**
	 * @return the person as they are after logging in again: their roles and session
	 * generation as the account holds them now
	 */
	static CurrentUser loggedInAgain(CurrentUser person, JdbcTemplate jdbc) {
		int generation = jdbc.queryForObject("select session_generation from accounts.user_account where id = ?",
				Integer.class, person.id());
		var roles = java.util.EnumSet.noneOf(org.boussole.accounts.Role.class);
		jdbc.queryForList("select role from accounts.user_role where user_id = ?", String.class, person.id())
			.forEach(role -> roles.add(org.boussole.accounts.Role.valueOf(role)));
		return new CurrentUser(person.id(), person.email(), person.displayName(), roles, false, generation);
	}

}
