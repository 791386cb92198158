package org.boussole.notifications;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Mails are written in French (the default) or English. */
final class MailLanguage {

	private MailLanguage() {
	}

	/**
	 * @return English for a tag starting with {@code en}, French for anything else (also
	 * blank or unknown)
	 */
	static Locale of(@Nullable String tag) {
		if (tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
			return Locale.ENGLISH;
		}
		return Locale.FRENCH;
	}

}
