package org.boussole.accompaniment.message;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The number of messages waiting to be read, for the pages of the accompaniment module
 * (the caseload, the beneficiary's space, the dossier page).
 */
@Service
@Transactional(readOnly = true)
public class UnreadMessages {

	private final MessageRepository messages;

	UnreadMessages(MessageRepository messages) {
		this.messages = messages;
	}

	/**
	 * @return the number of the counsellors' messages in that dossier that the
	 * beneficiary has not read yet
	 */
	public long forBeneficiary(UUID dossierId) {
		return messages.countByDossierIdAndFromBeneficiaryAndReadAtIsNull(dossierId, false);
	}

	/**
	 * @return the number of the beneficiary's messages in that dossier that the referent
	 * has not read yet
	 */
	public long forStaff(UUID dossierId) {
		return messages.countByDossierIdAndFromBeneficiaryAndReadAtIsNull(dossierId, true);
	}

}
