package org.boussole.content.guide;

/** Where the rules a guide describes apply. */
enum Territory {

	FRANCE, GENEVE, FRANCE_GENEVE;

	/**
	 * @param wanted the territory a reader chose
	 * @return whether a guide of this territory speaks to that reader
	 */
	boolean covers(Territory wanted) {
		return this == wanted || this == FRANCE_GENEVE;
	}

	public String messageKey() {
		return "content.guide.territory." + name();
	}

}
