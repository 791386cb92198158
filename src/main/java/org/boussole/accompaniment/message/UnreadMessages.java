package org.boussole.accompaniment.message;

import java.util.HashMap;
import java.util.Map;
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
	 * @return for each dossier the counsellor follows as referent and that has any, the
	 * number of the beneficiary's messages not read yet; one query for the whole caseload
	 */
	public Map<UUID, Long> forReferent(UUID counsellorId) {
		Map<UUID, Long> counts = new HashMap<>();
		for (Object[] row : messages.countUnreadForReferent(counsellorId)) {
			counts.put((UUID) row[0], (Long) row[1]);
		}
		return counts;
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
