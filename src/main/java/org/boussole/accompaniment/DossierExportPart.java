package org.boussole.accompaniment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A part of the application that adds its own field to each dossier of the personal data
 * archive ({@code dossiers.json}), e.g. the summaries shared with the beneficiary, their
 * appointments or their activities. Only what the beneficiary may see belongs there:
 * never a counsellor's private note, nor anything about another beneficiary.
 * <p>
 * A part implements one of the two {@code exportFor} methods: the short one when it needs
 * nothing else, the one with a {@link DossierExport} when its labels speak the person's
 * language or when it adds stored files to the archive (they are written as entries of
 * their own, next to {@code dossiers.json}, and the field names them).
 */
public interface DossierExportPart {

	/**
	 * @return the name of the field in each dossier of {@code dossiers.json}
	 */
	String field();

	/**
	 * @return what the beneficiary may see of this part of the dossier, to be written as
	 * JSON, or {@literal null} for nothing
	 */
	default @Nullable Object exportFor(UUID dossierId) {
		return null;
	}

	/**
	 * @param export the person's language, and where the part adds its files
	 * @return what the beneficiary may see of this part of the dossier, to be written as
	 * JSON, or {@literal null} for nothing
	 */
	default @Nullable Object exportFor(UUID dossierId, DossierExport export) {
		return exportFor(dossierId);
	}

}
