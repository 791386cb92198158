package org.boussole.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A template of the library: whose it is, where it was copied from, and its current
 * version number. The definitions themselves are in {@link TemplateVersion}s, never
 * changed once written.
 */
@Entity
@Table(name = "template", schema = "activity")
class ActivityTemplate {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TemplateScope scope;

	private @Nullable UUID ownerId;

	private @Nullable String builtinKey;

	private @Nullable UUID originTemplateId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private int currentVersion;

	@Column(nullable = false)
	private boolean archived;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected ActivityTemplate() {
	}

	ActivityTemplate(TemplateScope scope, @Nullable UUID ownerId, @Nullable String builtinKey,
			@Nullable UUID originTemplateId, String title, Instant now) {
		Assert.isTrue((scope == TemplateScope.NETWORK) == (ownerId == null), "an owner except for the network");
		this.id = UUID.randomUUID();
		this.scope = scope;
		this.ownerId = ownerId;
		this.builtinKey = builtinKey;
		this.originTemplateId = originTemplateId;
		this.title = title;
		this.currentVersion = 1;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Starts the next version: the title follows the new definition.
	 * @return the new version number
	 */
	int nextVersion(String newTitle, Instant now) {
		currentVersion++;
		title = newTitle;
		updatedAt = now;
		return currentVersion;
	}

	void archive(boolean archived, Instant now) {
		this.archived = archived;
		this.updatedAt = now;
	}

	UUID getId() {
		return id;
	}

	TemplateScope getScope() {
		return scope;
	}

	@Nullable UUID getOwnerId() {
		return ownerId;
	}

	@Nullable String getBuiltinKey() {
		return builtinKey;
	}

	@Nullable UUID getOriginTemplateId() {
		return originTemplateId;
	}

	String getTitle() {
		return title;
	}

	int getCurrentVersion() {
		return currentVersion;
	}

	boolean isArchived() {
		return archived;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof ActivityTemplate template && Objects.equals(id, template.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}

}
