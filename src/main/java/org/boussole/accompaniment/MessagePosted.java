package org.boussole.accompaniment;

import java.util.UUID;

/**
 * A message was written in a dossier. It carries no content (neither the text nor the
 * names of attached files): the notifications module only tells the recipient that
 * something is waiting for them in Boussole.
 *
 * @param dossierId the dossier of the conversation
 * @param messageId the new message
 * @param recipientAccountId the other party: the beneficiary, or the referent counsellor
 * @param recipientIsStaff whether the recipient is the counsellor (the link of the mail
 * differs)
 * @param notifyRecipient {@literal false} when the recipient was already told less than
 * 15 minutes ago about a message they have not read yet: no mail then, to avoid a flood
 */
public record MessagePosted(UUID dossierId, UUID messageId, UUID recipientAccountId, boolean recipientIsStaff,
		boolean notifyRecipient) {

}
