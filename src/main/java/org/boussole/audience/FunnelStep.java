package org.boussole.audience;

import java.util.Locale;

/**
 * The steps from a reader to an accompanied person, counted per day without any personal
 * data.
 */
public enum FunnelStep {

	/** A job fiche or a guide was read. */
	READ("read"),
	/**
	 * "Talk to a counsellor" was followed from a page (the request form, with its
	 * origin).
	 */
	CONTACT_CLICKED("contactClicked"),
	/** A request for accompaniment was sent. */
	REQUEST_SENT("requestSent"),
	/** A dossier was given its first referent counsellor. */
	DOSSIER_OPENED("dossierOpened"),
	/**
	 * The first appointment of a dossier was honoured, counted on the day of that
	 * appointment; once per dossier, even when its outcome is corrected.
	 */
	FIRST_APPOINTMENT("firstAppointment");

	/** Computed once: the store writes one per page view. */
	private final String code = name().toLowerCase(Locale.ROOT);

	private final String reportName;

	FunnelStep(String reportName) {
		this.reportName = reportName;
	}

	/**
	 * @return the name of the step in the JSON report
	 */
	public String reportName() {
		return reportName;
	}

	/**
	 * @return the name of the step in the store
	 */
	String code() {
		return code;
	}

	static FunnelStep fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
