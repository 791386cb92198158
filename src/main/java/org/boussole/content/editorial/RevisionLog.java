package org.boussole.content.editorial;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The revision history of guides and events. Each step keeps a full snapshot of the
 * content as JSON, written by the caller's transaction, so that a change and its revision
 * are saved together or not at all.
 */
@Service
public class RevisionLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RevisionRepository revisions;

	RevisionLog(RevisionRepository revisions) {
		this.revisions = revisions;
	}

	/**
	 * Records one step.
	 * @param snapshot the content after that step, a record that Jackson writes and reads
	 * back
	 * @return the new revision, never {@literal null}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Revision record(EditorialItem kind, UUID itemId, RevisionAction action, Author author, Instant at,
			Object snapshot) {
		int number = revisions.lastNumber(kind, itemId) + 1;
		return revisions
			.save(new Revision(kind, itemId, number, author, at, action, JSON.writeValueAsString(snapshot)));
	}

	/**
	 * @return the history of one item, newest first
	 */
	@Transactional(readOnly = true)
	public List<Revision> of(EditorialItem kind, UUID itemId) {
		return revisions.findByItemKindAndItemIdOrderByNumberDesc(kind, itemId);
	}

	@Transactional(readOnly = true)
	public Optional<Revision> find(EditorialItem kind, UUID itemId, int number) {
		return revisions.findByItemKindAndItemIdAndNumber(kind, itemId, number);
	}

	/**
	 * @return the content a revision kept, read back as the given type
	 */
	public <T> T snapshot(Revision revision, Class<T> type) {
		return JSON.readValue(revision.getSnapshot(), type);
	}

}
