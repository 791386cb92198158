package org.boussole.accompaniment;

import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A structure of its own for a test: an admin, two counsellors, and as many dossiers of
 * fresh beneficiaries as asked, followed by the first counsellor. The structure and its
 * memberships are written directly in the network's tables, since the network module
 * offers no API to add staff without an invitation.
 */
final class CaseloadTestData {

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	final UUID structureId = UUID.randomUUID();

	final CurrentUser admin;

	final CurrentUser counsellor;

	final CurrentUser colleague;

	final List<UUID> dossiers = new ArrayList<>();

	final List<CurrentUser> beneficiaries = new ArrayList<>();

	private final AccountManagement accounts;

	private final DossierRepository repository;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	CaseloadTestData(AccountManagement accounts, DossierRepository repository, TransactionTemplate transactions,
			JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.repository = repository;
		this.transactions = transactions;
		this.jdbc = jdbc;
		jdbc.update(
				"insert into network.structure (id, name, country, active, created_at) values (?, ?, 'FR', true, now())",
				structureId, "Structure d'essai " + tag);
		admin = staff("responsable", Role.STRUCTURE_ADMIN, "STRUCTURE_ADMIN");
		counsellor = staff("conseiller", Role.COUNSELLOR, "COUNSELLOR");
		colleague = staff("collegue", Role.COUNSELLOR, "COUNSELLOR");
	}

	private CurrentUser staff(String kind, Role role, String staffRole) {
		CurrentUser user = AccompanimentTestSupport
			.user(accounts.createActiveAccount(kind + "-" + tag + "@caseload.test", kind + " " + tag, EnumSet.of(role),
					AccompanimentTestSupport.PASSWORD));
		jdbc.update("insert into network.staff_membership (id, account_id, structure_id, role, since) "
				+ "values (?, ?, ?, ?, current_date)", UUID.randomUUID(), user.id(), structureId, staffRole);
		return user;
	}

	/**
	 * Adds dossiers followed by the counsellor, the i-th one requested i hours ago, of a
	 * beneficiary called {@code names[i]} (with the tag appended).
	 */
	CaseloadTestData followed(String... names) {
		Instant now = Instant.now();
		for (String name : names) {
			int i = dossiers.size();
			CurrentUser person = AccompanimentTestSupport
				.user(accounts.createActiveAccount("personne-" + i + "-" + tag + "@caseload.test", name + " " + tag,
						EnumSet.of(Role.BENEFICIARY), AccompanimentTestSupport.PASSWORD));
			Instant at = now.minus(Duration.ofHours(i + 1));
			UUID id = transactions.execute(status -> {
				Dossier dossier = Dossier.request(person.id(), structureId, UUID.randomUUID(),
						AccompanimentTestSupport.details("74100"), at);
				dossier.assign(counsellor.id(), admin.id(), at.plusSeconds(60));
				return repository.save(dossier).getId();
			});
			beneficiaries.add(person);
			dossiers.add(id);
		}
		return this;
	}

	/**
	 * Makes the admin also administer that many more structures, each with a counsellor
	 * of its own and a request waiting in the queue.
	 */
	CaseloadTestData administersMore(int count) {
		for (int i = 0; i < count; i++) {
			UUID other = UUID.randomUUID();
			jdbc.update("insert into network.structure (id, name, country, active, created_at) "
					+ "values (?, ?, 'FR', true, now())", other, "Autre structure " + i + " " + tag);
			member(admin, other, "STRUCTURE_ADMIN");
			CurrentUser counsellor = AccompanimentTestSupport
				.user(accounts.createActiveAccount("conseiller-" + i + "-" + tag + "@caseload.test",
						"conseiller " + i + " " + tag, EnumSet.of(Role.COUNSELLOR), AccompanimentTestSupport.PASSWORD));
			member(counsellor, other, "COUNSELLOR");
			CurrentUser person = AccompanimentTestSupport.newBeneficiary(accounts);
			transactions.executeWithoutResult(status -> repository.save(Dossier.request(person.id(), other,
					UUID.randomUUID(), AccompanimentTestSupport.details("74100"), Instant.now())));
		}
		return this;
	}

	private void member(CurrentUser user, UUID structure, String staffRole) {
		jdbc.update("insert into network.staff_membership (id, account_id, structure_id, role, since) "
				+ "values (?, ?, ?, ?, current_date)", UUID.randomUUID(), user.id(), structure, staffRole);
	}

	/** Adds a request of the structure that no counsellor follows yet. */
	UUID requested() {
		CurrentUser person = AccompanimentTestSupport.newBeneficiary(accounts);
		return transactions.execute(
				status -> repository
					.save(Dossier.request(person.id(), structureId, UUID.randomUUID(),
							AccompanimentTestSupport.details("74100"), Instant.now()))
					.getId());
	}

	void close(UUID dossierId) {
		transactions.executeWithoutResult(status -> repository.findById(dossierId)
			.orElseThrow()
			.close(Outcome.JOB_FOUND, counsellor.id(), null, Instant.now()));
	}

	/** A message of the beneficiary that the referent has not read. */
	void unreadMessage(UUID dossierId) {
		UUID author = repository.findById(dossierId).orElseThrow().getBeneficiaryId();
		jdbc.update(
				"insert into accompaniment.message (id, dossier_id, author_id, from_beneficiary, body, sent_at, "
						+ "form_token, recipient_notified) values (?, ?, ?, true, 'Bonjour', ?, ?, false)",
				UUID.randomUUID(), dossierId, author, Timestamp.from(Instant.now()), UUID.randomUUID());
	}

}
