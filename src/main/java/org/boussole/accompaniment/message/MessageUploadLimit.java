package org.boussole.accompaniment.message;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The message forms over the file limits send the person back to the conversation, where
 * the file field says why (see {@link org.boussole.shared.UploadLimitFilter}).
 */
@Component
class MessageUploadLimit extends org.boussole.shared.UploadLimitFilter {

	/** The addresses of the message forms. */
	static final Pattern MESSAGE_PAGES = Pattern
		.compile("/mon-accompagnement/messages|/conseil/dossiers/[0-9a-fA-F-]{36}/messages");

	MessageUploadLimit() {
		super(MESSAGE_PAGES);
	}

}
