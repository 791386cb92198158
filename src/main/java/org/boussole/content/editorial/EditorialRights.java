package org.boussole.content.editorial;

import java.util.List;
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
		if (user.has(Role.NETWORK_ADMIN)) {
			return true;
		}
		return user.has(Role.EDITOR) && network.editorStructuresOf(user.id()).isEmpty();
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
		return isNetworkEditor(user) || (user.has(Role.EDITOR) && editorStructures(user).contains(structureId));
	}

	/**
	 * @return the structures whose events that person writes; empty for a network editor,
	 * who writes them all (see {@link #isNetworkEditor(CurrentUser)})
	 */
	public List<UUID> editorStructures(CurrentUser user) {
		return user.has(Role.EDITOR) ? network.editorStructuresOf(user.id()) : List.of();
	}

}
