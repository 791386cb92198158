package org.boussole.accompaniment.message;

import org.boussole.shared.BoussoleSettings;
import org.boussole.shared.FileStore;
import org.springframework.stereotype.Component;

/**
 * The files attached to messages, under {@code <data-dir>/attachments/}, each under a
 * random name that says nothing of the file or of the person.
 */
@Component
class AttachmentStore extends FileStore {

	AttachmentStore(BoussoleSettings settings) {
		super(settings.resolve("attachments"));
	}

}
