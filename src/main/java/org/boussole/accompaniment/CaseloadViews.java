package org.boussole.accompaniment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.accounts.CurrentUser;
import org.boussole.network.NetworkManagement;
import org.boussole.network.StructureSummary;
import org.boussole.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose caseload a page shows: the user's own, or, for an admin, the caseload of a
 * counsellor of a structure they administer, limited to that structure's dossiers. Any
 * other counsellor is refused: 403 for a person who administers no structure, 404 for an
 * admin asking for someone outside their structures.
 */
@Service
@Transactional(readOnly = true)
class CaseloadViews {

	/** The dossiers shown in the "to do" section at most. */
	static final int TODO_SIZE = 10;

	private final CaseloadSearch search;

	private final NetworkManagement network;

	private final AccountManagement accounts;

	private final Clock clock;

	private final ObjectProvider<DossierAttention> attention;

	private final AccountNames names;

	CaseloadViews(AccountNames names, CaseloadSearch search, NetworkManagement network, AccountManagement accounts,
			Clock clock, ObjectProvider<DossierAttention> attention) {
		this.names = names;
		this.search = search;
		this.attention = attention;
		this.network = network;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Stands for no structure at all in a query that needs a list. */
	private static final UUID NO_STRUCTURE = new UUID(0, 0);

	/**
	 * @param counsellorParam the id of another counsellor, as typed in the address, or
	 * {@literal null} for the user's own caseload
	 */
	Scope scope(CurrentUser user, @Nullable String counsellorParam) {
		if (counsellorParam == null || counsellorParam.isBlank() || counsellorParam.equals(user.id().toString())) {
			// only the dossiers of the structures where they work now: a counsellor
			// removed
			// from a structure sees none of its dossiers, even before they are handed
			// over
			List<UUID> current = network.structuresOf(user.id()).stream().map(StructureSummary::id).toList();
			return new Scope(user.id(), current.isEmpty() ? List.of(NO_STRUCTURE) : current, null);
		}
		StaffPages.requireStructureAdmin(user);
		UUID counsellor = Ids.require(counsellorParam);
		List<UUID> administered = network.administeredBy(user.id()).stream().map(StructureSummary::id).toList();
		Map<UUID, List<UUID>> counsellors = network.counsellorsOf(administered);
		List<UUID> structures = administered.stream().filter(id -> counsellors.get(id).contains(counsellor)).toList();
		if (structures.isEmpty()) {
			throw DossierAccess.notFound();
		}
		String name = accounts.findById(counsellor).map(this.names::of).orElse("");
		return new Scope(counsellor, structures, name);
	}

	/**
	 * One statement more than the two lists when a module tells what waits in the
	 * dossiers (activities), none otherwise.
	 */
	Caseload caseload(Scope scope, CaseloadFilter filter) {
		DossierAttention told = attention.getIfAvailable();
		Map<UUID, DossierAttention.Attention> waiting = told == null ? Map.of()
				: told.attentionForReferent(scope.counsellorId());
		return new Caseload(scope, filter,
				search.needingAction(scope.counsellorId(), scope.structures(), TODO_SIZE, clock.instant(), waiting),
				search.page(scope.counsellorId(), scope.structures(), filter, clock.instant(), waiting));
	}

	/**
	 * @param structures the structures whose dossiers are shown: where the user works for
	 * their own caseload, or those they administer where the counsellor works
	 * @param counsellorName {@literal null} for the user's own caseload
	 */
	record Scope(UUID counsellorId, List<UUID> structures, @Nullable String counsellorName) {

		public boolean own() {
			return counsellorName == null;
		}

		/**
		 * @return the counsellor to keep in the addresses, or {@literal null} for one's
		 * own
		 */
		public @Nullable UUID param() {
			return own() ? null : counsellorId;
		}

	}

	/** The caseload page: the "to do" section and the page of the list asked for. */
	record Caseload(Scope scope, CaseloadFilter filter, CaseloadSearch.CaseloadPage todo,
			CaseloadSearch.CaseloadPage results) {

		public String link(int page) {
			return filter.link(page, scope.param());
		}

		public String needsActionLink() {
			return new CaseloadFilter("", null, true, CaseloadFilter.Sort.ACTIVITE, 1).link(1, scope.param());
		}

		public CaseloadFilter.Sort[] sorts() {
			return CaseloadFilter.Sort.values();
		}

		public List<DossierStatus> statuses() {
			return List.of(DossierStatus.OPEN, DossierStatus.CLOSED, DossierStatus.REQUESTED);
		}

	}

}
