package org.boussole.content.editorial;

import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * Who made an editorial change: a person, or Boussole itself (starter content, scheduled
 * publications).
 *
 * @param id the account of the person, {@literal null} for Boussole itself
 * @param name the name shown in the history
 */
public record Author(@Nullable UUID id, String name) {

	/** Boussole itself. */
	public static final Author BOUSSOLE = new Author(null, "Boussole");

	public static Author of(CurrentUser user) {
		return new Author(user.id(), user.displayName());
	}

}
