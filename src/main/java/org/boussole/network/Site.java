package org.boussole.network;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A place where a structure receives people: its address, coordinates (those of its
 * commune), opening hours, phone and accessibility.
 */
@Entity
@Table(name = "site", schema = "network")
class Site {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "structure_id", nullable = false)
	private Structure structure;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String addressLine;

	@Column(nullable = false)
	private String postalCode;

	@Column(nullable = false)
	private String commune;

	private double latitude;

	private double longitude;

	private @Nullable String openingHours;

	private @Nullable String phone;

	private @Nullable String accessibility;

	private boolean active;

	@Version
	private long version;

	protected Site() {
	}

	Site(Structure structure, SiteDetails details, Locality locality) {
		this.id = UUID.randomUUID();
		this.structure = structure;
		this.active = true;
		update(details, locality);
	}

	/**
	 * @param locality the locality of the postal code and commune typed, from which the
	 * site takes its coordinates and the commune's proper spelling
	 * @throws IllegalArgumentException when the locality is not the one of the details or
	 * not in the structure's country
	 */
	void update(SiteDetails details, Locality locality) {
		Assert.hasText(details.name(), "name must not be empty");
		Assert.hasText(details.addressLine(), "address must not be empty");
		Assert.isTrue(locality.country() == structure.getCountry(), "locality must be in the structure's country");
		Assert.isTrue(locality.postalCode().equals(details.postalCode().strip()), "locality must match postal code");
		this.name = details.name().strip();
		this.addressLine = details.addressLine().strip();
		this.postalCode = locality.postalCode();
		this.commune = locality.name();
		this.latitude = locality.point().latitude();
		this.longitude = locality.point().longitude();
		this.openingHours = Structure.blankToNull(details.openingHours());
		this.phone = Structure.blankToNull(details.phone());
		this.accessibility = Structure.blankToNull(details.accessibility());
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	GeoPoint point() {
		return new GeoPoint(latitude, longitude);
	}

	/**
	 * @return whether the public finder shows it: itself and its structure active
	 */
	public boolean isListed() {
		return active && structure.isActive();
	}

	SiteDetails details() {
		return new SiteDetails(name, addressLine, postalCode, commune, openingHours, phone, accessibility);
	}

	public SiteSummary toSummary() {
		return new SiteSummary(id, name, structure.getId(), structure.getName(), structure.getCountry(), addressLine,
				postalCode, commune, point(), SiteDetails.lines(openingHours), phone, accessibility, active);
	}

	public UUID getId() {
		return id;
	}

	public Structure getStructure() {
		return structure;
	}

	public String getName() {
		return name;
	}

	public boolean isActive() {
		return active;
	}

}
