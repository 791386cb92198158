package org.boussole.activity;

import java.util.regex.Pattern;

import org.boussole.shared.UploadLimitFilter;
import org.springframework.stereotype.Component;

/**
 * An activity form sent with files over the limits sends the person back to the activity,
 * where a message says why (see {@link UploadLimitFilter}).
 */
@Component
class ActivityUploadLimit extends UploadLimitFilter {

	/** The address of the activity form of the beneficiary. */
	static final Pattern ACTIVITY_PAGES = Pattern.compile("/mon-accompagnement/activites/[0-9a-fA-F-]{36}");

	ActivityUploadLimit() {
		super(ACTIVITY_PAGES);
	}

}
