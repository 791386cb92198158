package org.boussole.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of a template's definition, as JSON, written once and never changed: the
 * activities assigned with it keep it whatever happens to the template afterwards.
 */
@Entity
@Table(name = "template_version", schema = "activity")
class TemplateVersion {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID templateId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String definition;

	private @Nullable UUID createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	protected TemplateVersion() {
	}

	TemplateVersion(UUID templateId, int number, String definition, @Nullable UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.templateId = templateId;
		this.number = number;
		this.definition = definition;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	UUID getId() {
		return id;
	}

	UUID getTemplateId() {
		return templateId;
	}

	int getNumber() {
		return number;
	}

	String getDefinition() {
		return definition;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof TemplateVersion that && Objects.equals(id, that.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}

}
