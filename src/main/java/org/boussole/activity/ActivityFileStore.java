package org.boussole.activity;

import org.boussole.shared.BoussoleSettings;
import org.boussole.shared.FileStore;
import org.springframework.stereotype.Component;

/**
 * The documents attached to activities, under {@code <data-dir>/activity-files/}, each
 * under a random name that says nothing of the file or of the person.
 */
@Component
class ActivityFileStore extends FileStore {

	ActivityFileStore(BoussoleSettings settings) {
		super(settings.resolve("activity-files"));
	}

}
