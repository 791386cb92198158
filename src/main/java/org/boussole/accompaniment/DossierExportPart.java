package org.boussole.accompaniment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A part of the module that adds its own field to each dossier of the personal data
 * archive ({@code dossiers.json}), e.g. the summaries shared with the beneficiary. Only
 * what the beneficiary may see belongs there: never a counsellor's private note.
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
	@Nullable Object exportFor(UUID dossierId);

}
