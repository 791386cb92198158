package org.boussole.network;

import java.time.Instant;
import java.time.ZoneId;
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
 * A guidance centre of the network (a MIFE, the OFPC of Geneva), with its sites and
 * staff.
 */
@Entity
@Table(name = "structure", schema = "network")
class Structure {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Country country;

	private @Nullable String contactEmail;

	private boolean active;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Structure() {
	}

	Structure(String name, Country country, @Nullable String contactEmail, Instant now) {
		Assert.hasText(name, "name must not be empty");
		this.id = UUID.randomUUID();
		this.name = name.strip();
		this.country = country;
		this.contactEmail = blankToNull(contactEmail);
		this.active = true;
		this.createdAt = now;
	}

	/**
	 * @param hasSites whether the structure already has sites: their postal codes belong
	 * to the current country
	 * @throws IllegalStateException when the country would change under existing sites
	 */
	void update(String name, Country country, @Nullable String contactEmail, boolean hasSites) {
		Assert.hasText(name, "name must not be empty");
		if (hasSites && country != this.country) {
			throw new IllegalStateException("Le pays d'une structure qui a des sites ne peut pas changer");
		}
		this.name = name.strip();
		this.country = country;
		this.contactEmail = blankToNull(contactEmail);
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	public ZoneId timeZone() {
		return country.timeZone();
	}

	public StructureSummary toSummary() {
		return new StructureSummary(id, name, country, country.timeZone(), contactEmail, active);
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public UUID getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public Country getCountry() {
		return country;
	}

	public @Nullable String getContactEmail() {
		return contactEmail;
	}

	public boolean isActive() {
		return active;
	}

}
