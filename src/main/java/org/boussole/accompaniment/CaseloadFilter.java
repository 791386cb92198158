package org.boussole.accompaniment;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the caseload form asks for, read leniently from the address: anything unknown
 * falls back to the default (all statuses, last activity first, first page), so that no
 * address gives an error.
 *
 * @param text the name or e-mail searched, trimmed, at most 100 characters; empty for all
 * @param status the status shown, or {@literal null} for all
 * @param needsAction whether only the dossiers that need action are shown
 * @param page the page, from 1
 */
record CaseloadFilter(String text, @Nullable DossierStatus status, boolean needsAction, Sort sort, int page) {

	static final int PAGE_SIZE = 25;

	static final int MAX_TEXT = 100;

	/** The orders of the list; the names are those of the address. */
	enum Sort {

		/** last activity first */
		ACTIVITE,
		/** by the beneficiary's name, accents ignored */
		NOM,
		/** most recently opened first */
		OUVERTURE,
		/** open before closed, then by last activity */
		STATUT;

		public String messageKey() {
			return "accompaniment.caseload.sort." + name();
		}

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	static CaseloadFilter of(@Nullable String text, @Nullable String status, @Nullable String needsAction,
			@Nullable String sort, @Nullable String page) {
		String cleaned = text == null ? "" : text.strip();
		if (cleaned.length() > MAX_TEXT) {
			cleaned = cleaned.substring(0, MAX_TEXT);
		}
		return new CaseloadFilter(cleaned, statusOf(status), "1".equals(needsAction) || "true".equals(needsAction),
				sortOf(sort), pageOf(page));
	}

	static CaseloadFilter all() {
		return new CaseloadFilter("", null, false, Sort.ACTIVITE, 1);
	}

	String statusParam() {
		return status == null ? "" : status.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @return the address of the same list at another page, for the given counsellor (or
	 * the user's own caseload when {@literal null})
	 */
	String link(int otherPage, @Nullable UUID counsellor) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(CaseloadController.PATH);
		if (counsellor != null) {
			uri.queryParam("conseiller", counsellor);
		}
		if (!text.isEmpty()) {
			uri.queryParam("q", text);
		}
		if (status != null) {
			uri.queryParam("statut", statusParam());
		}
		if (needsAction) {
			uri.queryParam("action", "1");
		}
		if (sort != Sort.ACTIVITE) {
			uri.queryParam("tri", sort.param());
		}
		if (otherPage > 1) {
			uri.queryParam("page", otherPage);
		}
		return uri.encode().build().toUriString();
	}

	private static @Nullable DossierStatus statusOf(@Nullable String text) {
		for (DossierStatus status : DossierStatus.values()) {
			if (status.name().equalsIgnoreCase(text)) {
				return status;
			}
		}
		return null;
	}

	private static Sort sortOf(@Nullable String text) {
		for (Sort sort : Sort.values()) {
			if (sort.name().equalsIgnoreCase(text)) {
				return sort;
			}
		}
		return Sort.ACTIVITE;
	}

	private static int pageOf(@Nullable String text) {
		if (text == null || text.isEmpty() || text.length() > 6 || !text.chars().allMatch(Character::isDigit)) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(text));
	}

}
