package org.boussole.accompaniment.note;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * The form of the dossier page that writes a note: its text, whether it is shared with
 * the beneficiary, and the dossier it was shown for (checked against the address).
 */
public class NoteForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private @Nullable String text;

	private @Nullable String visibility;

	private @Nullable String dossier;

	public static NoteForm empty() {
		NoteForm form = new NoteForm();
		form.setVisibility(Visibility.PRIVATE.name());
		return form;
	}

	/** Who reads a note besides its author. */
	public enum Visibility {

		/** the referent and the structure's admins */
		PRIVATE,
		/** also the beneficiary */
		SHARED;

		public String messageKey() {
			return "accompaniment.note.visibility." + name();
		}

	}

	/**
	 * @return whether the note is shared with the beneficiary: only when chosen so
	 * explicitly
	 */
	boolean isShared() {
		return Visibility.SHARED.name().equals(visibility);
	}

	public @Nullable String getText() {
		return text;
	}

	public void setText(@Nullable String text) {
		this.text = text;
	}

	public @Nullable String getVisibility() {
		return visibility;
	}

	public void setVisibility(@Nullable String visibility) {
		this.visibility = visibility;
	}

	public @Nullable String getDossier() {
		return dossier;
	}

	public void setDossier(@Nullable String dossier) {
		this.dossier = dossier;
	}

}
