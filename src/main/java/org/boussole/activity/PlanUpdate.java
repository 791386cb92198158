package org.boussole.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One update of a living plan: who made it, when, and what changed, step by step. Never
 * changed once written: together they are the history of the plan.
 */
@Entity
@Table(name = "plan_update", schema = "activity")
class PlanUpdate {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID activityId;

	@Column(nullable = false)
	private UUID dossierId;

	@Column(nullable = false)
	private UUID authorId;

	@Column(nullable = false)
	private Instant updatedAt;

	@Column(nullable = false)
	private String changes;

	protected PlanUpdate() {
	}

	PlanUpdate(Activity activity, UUID authorId, Instant now, List<Change> changes) {
		if (changes.isEmpty()) {
			throw new IllegalArgumentException("An update changes something");
		}
		this.id = UUID.randomUUID();
		this.activityId = activity.getId();
		this.dossierId = activity.getDossierId();
		this.authorId = authorId;
		this.updatedAt = now;
		this.changes = JSON.writeValueAsString(changes);
	}

	/**
	 * One change of a step.
	 *
	 * @param kind what changed
	 * @param step the text of the step (as it is after the change, or as it was when
	 * removed)
	 * @param from the value before (a status code, an ISO date or empty, the former text)
	 * @param to the value after
	 */
	record Change(Kind kind, String step, @Nullable String from, @Nullable String to) {
	}

	/** The kinds of changes of a step. */
	enum Kind {

		ADDED, REMOVED, STATUS, DATE, RENAMED

	}

	UUID getAuthorId() {
		return authorId;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	List<Change> getChanges() {
		return JSON.readValue(changes, new TypeReference<List<Change>>() {
		});
	}

}
