package org.boussole.activity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Reads ids typed in addresses and forms: anything that is not an id is not found. */
final class ActivityIds {

	private ActivityIds() {
	}

	static @Nullable UUID parse(@Nullable String text) {
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
	static UUID require(@Nullable String text) {
		UUID id = parse(text);
		if (id == null) {
			throw TemplateLibrary.notFound();
		}
		return id;
	}

}
