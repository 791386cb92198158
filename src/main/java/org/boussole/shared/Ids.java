package org.boussole.shared;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads ids typed in addresses and forms: anything that is not an id (of the canonical
 * 36-character form) is not found.
 */
public final class Ids {

	private Ids() {
	}

	/**
	 * @return the id, or {@code null} when the text is not one
	 */
	public static @Nullable UUID parse(@Nullable String text) {
		if (text == null || text.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * @return the id; a 404 when the text is not one
	 */
	public static UUID require(@Nullable String text) {
		UUID id = parse(text);
		if (id == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return id;
	}

}
