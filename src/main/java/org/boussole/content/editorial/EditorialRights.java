package org.boussole.content.editorial;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.boussole.network.NetworkManagement;

import org.springframework.stereotype.Component;

/**
 * Who may write what. A network editor (an editor who belongs to no structure) and a
 * network administrator write the guides and every event; the editor of a structure
 * writes the events of that structure only.
 */
@Component
public class EditorialRights {

	private final NetworkManagement network;

	EditorialRights(NetworkManagement network) {
		this.network = network;
	}

	/**
	 * @param user the signed-in person, must not be {@literal null}
	 * @return whether that person writes for the whole network (guides, every event)
	 */
	public boolean isNetworkEditor(CurrentUser user) {
		return eventScope(user).all();
	}

	/**
	 * @return whether that person may write the guides
	 */
	public boolean mayEditGuides(CurrentUser user) {
		return isNetworkEditor(user);
	}

	/**
	 * @param structureId the structure that holds the event
	 * @return whether that person may write the events of that structure
	 */
	public boolean mayEditEventsOf(CurrentUser user, UUID structureId) {
		return eventScope(user).includes(structureId);
	}

	/**
	 * Reads the person's memberships once, for pages that check many structures.
	 * @return the structures whose events that person writes, never {@literal null}
	 */
	public EventScope eventScope(CurrentUser user) {
		if (user.has(Role.NETWORK_ADMIN)) {
			return EventScope.ALL;
		}
		if (!user.has(Role.EDITOR)) {
			return EventScope.NONE;
		}
		List<UUID> mine = network.editorStructuresOf(user.id());
		return mine.isEmpty() ? EventScope.ALL : new EventScope(false, Set.copyOf(mine));
	}

	/**
	 * The structures whose events a person writes.
	 *
	 * @param all every structure (a network editor or administrator)
	 * @param structures the structures of a structure editor, when not all
	 */
	public record EventScope(boolean all, Set<UUID> structures) {

		static final EventScope ALL = new EventScope(true, Set.of());

		static final EventScope NONE = new EventScope(false, Set.of());

		public boolean includes(UUID structureId) {
			return all || structures.contains(structureId);
		}

	}

}
