package org.boussole.activity;

/**
 * Whose a template is: the whole network's (managed by network admins), a structure's
 * (managed by its admins) or one counsellor's own.
 */
enum TemplateScope {

	NETWORK, STRUCTURE, COUNSELLOR;

	public String messageKey() {
		return "activity.scope." + name();
	}

}
