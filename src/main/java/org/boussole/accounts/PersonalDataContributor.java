package org.boussole.accounts;

import java.io.IOException;
import java.util.UUID;
import java.util.zip.ZipOutputStream;

/**
 * A module's part of the archive a person downloads with all their data. Each module that
 * keeps data about a person implements it; the accounts module collects every
 * implementation (in their {@link org.springframework.core.annotation.Order}) and writes
 * them one after the other into the same archive, which is streamed to the person.
 * Implementations write only what belongs to that person, and never what the staff keep
 * for themselves (private notes).
 */
public interface PersonalDataContributor {

	/**
	 * @return a short name of the part, for logs (e.g. {@code dossiers})
	 */
	String name();

	/**
	 * Adds this module's entries to the archive (see {@link PersonalDataZip} for the
	 * helpers). Entries are closed by the implementation; the stream is not.
	 * @param accountId the person whose data is exported, never {@literal null}
	 */
	void write(UUID accountId, ZipOutputStream zip) throws IOException;

}
