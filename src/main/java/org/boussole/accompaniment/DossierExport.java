package org.boussole.accompaniment;

import java.nio.file.Path;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link DossierExportPart} is given while a person's archive is written: the
 * person's language, for the labels, and a way to add the stored files that belong to
 * them (e.g. the documents attached to an activity) as entries of the archive.
 */
public interface DossierExport {

	/**
	 * @return the language of the person whose data is exported
	 */
	Locale locale();

	/**
	 * Adds a stored file to the archive, copied after {@code dossiers.json}.
	 * @param folder the folder of the entry, e.g. {@code activites/mon-cv}; each part of
	 * it is made safe (no accents, no parent folder)
	 * @param name the file's name as the person knows it
	 * @param source where the file is stored
	 * @return the name of the entry, unique in the archive, to be named in the JSON
	 * field; {@literal null} when the file cannot be read (no entry is added)
	 */
	@Nullable String addFile(String folder, String name, Path source);

}
